// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/managers.
// Parameters: $rows: [{ id, managerId, node: { id, managerId } }] (node: element ids)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson) WHERE elementId(p) = row.node.id
MATCH (manager:StagedPerson) WHERE elementId(manager) = row.node.managerId
CREATE (p)-[:REPORTS_TO]->(manager)
RETURN 'created' AS status, count(*) AS n
