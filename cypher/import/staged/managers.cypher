// Staging: the manager of each new person, (person)-[:REPORTS_TO]->(manager).
// Parameters: $rows: [{ id, managerId }] (new people with a manager)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson {id: row.id})
MATCH (manager:Person|StagedPerson {id: row.managerId})
CREATE (p)-[:REPORTS_TO]->(manager)
RETURN 'created' AS status, count(*) AS n
