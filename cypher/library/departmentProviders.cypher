// title: A department's providers and engagement counts
// description: Providers serving a department, with the stated purpose, target maturity, and how many engagements their people had with the department's people since a date.
// param departmentId: string = dept-001 — id of the department (dept-001 is the demo org's first)
// param since: datetime = 2025-01-01T00:00:00Z — count engagements from this date-time on
MATCH (p:Provider)-[s:SERVES]->(d:Department {id: $departmentId})
OPTIONAL MATCH (d)<-[:MEMBER_OF]-(:Person)-[:PARTICIPATED]->(e:Engagement)<-[:PARTICIPATED]-(:Person)-[:MEMBER_OF]->(p)
  WHERE e.at >= datetime($since)
RETURN p.id AS providerId, p.name AS provider, p.function AS function, s.purpose AS purpose,
       s.targetMaturity AS targetMaturity, count(DISTINCT e) AS engagements
ORDER BY engagements DESC, provider
