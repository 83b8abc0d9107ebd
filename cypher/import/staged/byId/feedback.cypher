// Staging, every end staged by this import: found by element id (server/import/stagedNodes.ts), a direct
// read of the node rather than an index seek over two labels; the label filter keeps to the nodes of the kind.
// The same feedback as import/staged/feedback, without its Eager: the giver is looked up before the CREATE and
// the units by StagedUnit, so neither lookup can meet the StagedFeedback created (a lookup over two labels can,
// for Neo4j's planner). node.about is deduplicated, so CREATE gives the ABOUT links that query's MERGE gives.
// Parameters: $rows: [{ id, personId, about, at, props, node: { personId, about: [elementId] } }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (giver:StagedPerson) WHERE elementId(giver) = row.node.personId
CREATE (giver)-[:GAVE]->(f:StagedFeedback {
  id: row.props.id, score: row.props.score, dimension: row.props.dimension, comment: row.props.comment,
  at: datetime(row.at)
})
WITH f, row
CALL (row, f) {
  UNWIND row.node.about AS unit
  MATCH (u:StagedUnit) WHERE elementId(u) = unit
  CREATE (f)-[:ABOUT]->(u)
}
RETURN 'created' AS status, count(*) AS n
