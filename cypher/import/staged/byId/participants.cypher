// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/participants.
// Parameters: $rows: [{ engagementId, personId, role, node: { personId, engagementId } }] (node: element ids)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson) WHERE elementId(p) = row.node.personId
MATCH (e:StagedEngagement) WHERE elementId(e) = row.node.engagementId
CREATE (p)-[:PARTICIPATED {role: row.role}]->(e)
RETURN 'created' AS status, count(*) AS n
