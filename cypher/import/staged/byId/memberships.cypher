// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/memberships.
// Parameters: $rows: [{ personId, unitId, since, node: { personId, unitId } }] (node: element ids)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson) WHERE elementId(p) = row.node.personId
MATCH (u:StagedUnit) WHERE elementId(u) = row.node.unitId
CREATE (p)-[:MEMBER_OF {since: date(row.since)}]->(u)
RETURN 'created' AS status, count(*) AS n
