// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/managers.
// Parameters: $rows: [{ id, managerId }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson {id: row.id})
MATCH (manager:StagedPerson {id: row.managerId})
CREATE (p)-[:REPORTS_TO]->(manager)
RETURN 'created' AS status, count(*) AS n
