// Staging: business–provider relationships with a new provider or department at one end.
// Parameters: $rows: [{ providerId, departmentId, purpose, since, targetMaturity }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (pr:Provider|StagedUnit {id: row.providerId})
MATCH (d:Department|StagedUnit {id: row.departmentId})
CREATE (pr)-[:SERVES {purpose: row.purpose, since: date(row.since), targetMaturity: row.targetMaturity}]->(d)
RETURN 'created' AS status, count(*) AS n
