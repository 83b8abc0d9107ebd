// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/serves.
// Parameters: $rows: [{ providerId, departmentId, purpose, since, targetMaturity, node: { providerId, departmentId } }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (pr:StagedUnit) WHERE elementId(pr) = row.node.providerId
MATCH (d:StagedUnit) WHERE elementId(d) = row.node.departmentId
CREATE (pr)-[:SERVES {purpose: row.purpose, since: date(row.since), targetMaturity: row.targetMaturity}]->(d)
RETURN 'created' AS status, count(*) AS n
