// Upserts business–provider relationships: (provider)-[:SERVES {purpose, since, targetMaturity}]->(department).
// Parameters: $rows: [{ providerId, departmentId, purpose, since: 'YYYY-MM-DD', targetMaturity: 1..5 }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
MATCH (pr:Provider {id: row.providerId})
MATCH (d:Department {id: row.departmentId})
OPTIONAL MATCH (pr)-[old:SERVES]->(d)
WITH pr, d, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (pr)-[s:SERVES]->(d)
SET s.purpose = row.purpose, s.since = date(row.since), s.targetMaturity = row.targetMaturity
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(s) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
