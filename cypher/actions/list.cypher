// The actions marked taken, newest first, named: the units, relationship and people they concern and who took
// them (a forgotten person is simply no longer linked).
// Parameters: $id (one action, or null); $unitIds (only actions concerning one of these units, or null);
//   $providerId, $departmentId (only actions on this relationship or between these two units, or null);
//   $before (ISO date: only actions taken before it, or null); $limit (integer).
// Returns: id, kind, metric, takenAt (ISO date), note, takenByRole, takenBy ({id, name} or null),
//   units ([{id, name}] in order), provider, department ({id, name} or null), people ([{id, name}] in order),
//   forgottenPeople.
MATCH (a:Action)
WHERE ($id IS NULL OR a.id = $id)
  AND ($before IS NULL OR a.takenAt < date($before))
  AND ($unitIds IS NULL OR any(u IN coalesce(a.unitIds, []) + [a.providerId, a.departmentId] WHERE u IN $unitIds))
  AND ($providerId IS NULL
       OR (a.providerId = $providerId AND a.departmentId = $departmentId)
       OR ($providerId IN coalesce(a.unitIds, []) AND $departmentId IN coalesce(a.unitIds, [])))
WITH a ORDER BY a.takenAt DESC, a.createdAt DESC LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (taker:Person)-[:TOOK]->(a)
  RETURN CASE WHEN taker IS NULL THEN null ELSE {id: taker.id, name: coalesce(taker.name, taker.id)} END AS takenBy
  LIMIT 1
}
CALL (a) {
  MATCH (a)-[c:CONCERNS]->(p:Person)
  WITH c, p ORDER BY c.order
  RETURN collect({id: p.id, name: coalesce(p.name, p.id)}) AS people
}
CALL (a) {
  UNWIND coalesce(a.unitIds, []) AS unitId
  OPTIONAL MATCH (u:Unit {id: unitId})
  RETURN collect({id: unitId, name: coalesce(u.name, unitId)}) AS units
}
OPTIONAL MATCH (provider:Unit {id: a.providerId})
OPTIONAL MATCH (department:Unit {id: a.departmentId})
RETURN a.id AS id, a.kind AS kind, a.metric AS metric, toString(a.takenAt) AS takenAt, a.note AS note,
       a.takenByRole AS takenByRole, takenBy, units, people, a.forgottenPeople AS forgottenPeople,
       CASE WHEN a.providerId IS NULL THEN null
            ELSE {id: a.providerId, name: coalesce(provider.name, a.providerId)} END AS provider,
       CASE WHEN a.departmentId IS NULL THEN null
            ELSE {id: a.departmentId, name: coalesce(department.name, a.departmentId)} END AS department
ORDER BY a.takenAt DESC, a.createdAt DESC
