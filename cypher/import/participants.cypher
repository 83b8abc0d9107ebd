// Upserts participation: (person)-[:PARTICIPATED {role}]->(engagement).
// Parameters: $rows: [{ engagementId, personId, role: 'initiator'|'counterpart'|'attendee' }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Engagement {id: row.engagementId})
OPTIONAL MATCH (p)-[old:PARTICIPATED]->(e)
WITH p, e, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (p)-[r:PARTICIPATED]->(e)
SET r.role = row.role
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(r) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
