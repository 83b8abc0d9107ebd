// Staging: creates new feedback as StagedFeedback with its GAVE and ABOUT links (giver and units may be
// staged themselves or already in the graph). Every property is given in the CREATE itself, as in
// staged/engagements (a SET of a map wrote each node's properties twice). The Eager left in the plan comes from
// the giver and unit lookups over two labels, which Neo4j cannot tell apart from the node created.
// The properties are feedbackRow's (server/schema/bundle.ts) but personId and about: a field added there must
// be added here.
// Parameters: $rows: [{ id, personId, about: [unitId], at, props }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
CREATE (f:StagedFeedback {
  id: row.props.id, score: row.props.score, dimension: row.props.dimension, comment: row.props.comment,
  at: datetime(row.at)
})
WITH row, f
MATCH (giver:Person|StagedPerson {id: row.personId})
CREATE (giver)-[:GAVE]->(f)
WITH row, f
CALL (row, f) {
  UNWIND row.about AS unitId
  MATCH (u:Unit|StagedUnit {id: unitId})
  MERGE (f)-[:ABOUT]->(u)
}
RETURN 'created' AS status, count(*) AS n
