// Staging: creates new feedback as StagedFeedback with its GAVE and ABOUT links (giver and units may be
// staged themselves or already in the graph).
// Parameters: $rows: [{ id, personId, about: [unitId], at, props }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
CREATE (f:StagedFeedback)
SET f = row.props, f.at = datetime(row.at)
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
