// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/participants.
// Parameters: $rows: [{ engagementId, personId, role }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson {id: row.personId})
MATCH (e:StagedEngagement {id: row.engagementId})
CREATE (p)-[:PARTICIPATED {role: row.role}]->(e)
RETURN 'created' AS status, count(*) AS n
