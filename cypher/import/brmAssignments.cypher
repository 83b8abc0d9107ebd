// Upserts BRM assignments: (person)-[:BRM_FOR {since}]->(department).
// Parameters: $rows: [{ personId, departmentId, since: 'YYYY-MM-DD' }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (d:Department {id: row.departmentId})
OPTIONAL MATCH (p)-[old:BRM_FOR]->(d)
WITH p, d, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (p)-[b:BRM_FOR]->(d)
SET b.since = date(row.since)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(b) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
