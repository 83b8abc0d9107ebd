// The business–provider relationships (DESIGN §2): (provider)-[:SERVES]->(department), with the stated purpose,
// since when, and the target maturity (1–5). SERVES joins top-level units only.
// Returns: providerId, departmentId, purpose, since (ISO date), targetMaturity.
MATCH (provider:Provider)-[s:SERVES]->(department:Department)
RETURN provider.id AS providerId, department.id AS departmentId, s.purpose AS purpose, s.since AS since,
       s.targetMaturity AS targetMaturity
ORDER BY providerId, departmentId
