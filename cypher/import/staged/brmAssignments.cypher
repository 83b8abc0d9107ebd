// Staging: BRM assignments with a new person or department at one end.
// Parameters: $rows: [{ personId, departmentId, since }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:Person|StagedPerson {id: row.personId})
MATCH (d:Department|StagedUnit {id: row.departmentId})
CREATE (p)-[:BRM_FOR {since: date(row.since)}]->(d)
RETURN 'created' AS status, count(*) AS n
