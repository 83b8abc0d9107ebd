// Upserts formal memberships: (person)-[:MEMBER_OF {since}]->(unit).
// Parameters: $rows: [{ personId, unitId, since: 'YYYY-MM-DD' }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (u:Unit {id: row.unitId})
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(u)
WITH p, u, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (p)-[m:MEMBER_OF]->(u)
SET m.since = date(row.since)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(m) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
