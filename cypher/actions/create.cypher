// Records an action marked taken (POST /api/actions): an (:Action) node linked to the units and people it
// concerns (CONCERNS, people in the order given: an introduction's pair) and to the person who took it (TOOK).
// People are only linked, never copied into properties, so forgetting a person takes the link with them.
// Parameters: $action { id, kind, metric, unitIds, providerId, departmentId, takenAt (ISO date), note,
//   takenByRole }; $people (person ids, in order); $takenBy (person id or null).
// Returns: id.
CREATE (a:Action)
SET a = $action, a.takenAt = date($action.takenAt), a.createdAt = datetime(), a.forgottenPeople = 0
WITH a
CALL (a) {
  UNWIND [x IN coalesce(a.unitIds, []) + [a.providerId, a.departmentId] WHERE x IS NOT NULL] AS unitId
  MATCH (u:Unit {id: unitId})
  MERGE (a)-[:CONCERNS]->(u)
}
CALL (a) {
  UNWIND range(0, size($people) - 1) AS i
  MATCH (p:Person {id: $people[i]})
  CREATE (a)-[:CONCERNS {order: i}]->(p)
}
CALL (a) {
  MATCH (p:Person {id: $takenBy})
  CREATE (p)-[:TOOK]->(a)
}
RETURN a.id AS id
