// Benchmark baseline: plain CREATE of feedback with its GAVE and ABOUT relationships, every property in the
// CREATE itself (as the staged import does).
UNWIND $rows AS row
MATCH (giver:Person {id: row.personId})
CREATE (giver)-[:GAVE]->(f:Feedback {
  id: row.props.id, score: row.props.score, dimension: row.props.dimension, comment: row.props.comment,
  at: datetime(row.at)
})
WITH row, f
UNWIND row.about AS unitId
MATCH (u:Unit {id: unitId})
CREATE (f)-[:ABOUT]->(u)
