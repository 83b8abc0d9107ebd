// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/brmAssignments.
// Parameters: $rows: [{ personId, departmentId, since, node: { personId, departmentId } }] (node: element ids)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson) WHERE elementId(p) = row.node.personId
MATCH (d:StagedUnit) WHERE elementId(d) = row.node.departmentId
CREATE (p)-[:BRM_FOR {since: date(row.since)}]->(d)
RETURN 'created' AS status, count(*) AS n
