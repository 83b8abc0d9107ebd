// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same relationships as import/staged/surveyTies.
// Parameters: $rows: [{ personId, alterId, question, at, weight, node: { personId, alterId } }] (node: element ids)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson) WHERE elementId(p) = row.node.personId
MATCH (q:StagedPerson) WHERE elementId(q) = row.node.alterId
CREATE (p)-[:SAYS {question: row.question, at: datetime(row.at), weight: toFloat(row.weight)}]->(q)
RETURN 'created' AS status, count(*) AS n
