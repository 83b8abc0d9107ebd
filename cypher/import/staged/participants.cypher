// Staging: participation with a new person at one end. The importer sends only rows of an engagement the
// database holds: a new engagement's participants are staged with it (import/staged/engagements); a row of a
// staged engagement is still found over both labels.
// Parameters: $rows: [{ engagementId, personId, role }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:Person|StagedPerson {id: row.personId})
MATCH (e:Engagement|StagedEngagement {id: row.engagementId})
CREATE (p)-[:PARTICIPATED {role: row.role}]->(e)
RETURN 'created' AS status, count(*) AS n
