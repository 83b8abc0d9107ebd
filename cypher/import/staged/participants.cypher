// Staging: participation with a new engagement or person at one end.
// Parameters: $rows: [{ engagementId, personId, role }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:Person|StagedPerson {id: row.personId})
MATCH (e:Engagement|StagedEngagement {id: row.engagementId})
CREATE (p)-[:PARTICIPATED {role: row.role}]->(e)
RETURN 'created' AS status, count(*) AS n
