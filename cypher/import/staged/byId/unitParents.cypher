// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/unitParents.
// Parameters: $rows: [{ id, parentId, node: { id, parentId } }] (node: element ids)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (u:StagedUnit) WHERE elementId(u) = row.node.id
MATCH (parent:StagedUnit) WHERE elementId(parent) = row.node.parentId
CREATE (u)-[:PART_OF]->(parent)
RETURN 'created' AS status, count(*) AS n
