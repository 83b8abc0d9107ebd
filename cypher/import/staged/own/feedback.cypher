// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/feedback must.
// The same feedback as import/staged/feedback, without its Eager: the giver is looked up before the CREATE and
// the units by StagedUnit, so neither lookup can meet the StagedFeedback created (a lookup over two labels can,
// for Neo4j's planner). `about` is deduplicated, so CREATE gives the ABOUT links that query's MERGE gives.
// Parameters: $rows: [{ id, personId, about: [unitId], at, props }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (giver:StagedPerson {id: row.personId})
CREATE (giver)-[:GAVE]->(f:StagedFeedback {
  id: row.props.id, score: row.props.score, dimension: row.props.dimension, comment: row.props.comment,
  at: datetime(row.at)
})
WITH f, row
CALL (row, f) {
  UNWIND row.about AS unitId
  MATCH (u:StagedUnit {id: unitId})
  CREATE (f)-[:ABOUT]->(u)
}
RETURN 'created' AS status, count(*) AS n
