// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/unitParents.
// Parameters: $rows: [{ id, parentId }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (u:StagedUnit {id: row.id})
MATCH (parent:StagedUnit {id: row.parentId})
CREATE (u)-[:PART_OF]->(parent)
RETURN 'created' AS status, count(*) AS n
