// Upserts initiatives of business–provider relationships (server/schema/value.ts):
// (provider)-[:DELIVERS]->(:Initiative {id, name, startedAt, plannedBenefit, unit})-[:FOR]->(department).
// Naming another provider or department moves the initiative (and its benefits) to that relationship.
// Runs in the import's last transaction (never staged): its provider and department are visible by then.
// CYPHER replan=skip: every lookup goes through a uniqueness constraint, so the plan is the same whatever
// the counts; replanning it when an import has moved them cost 0.1-0.5 s of the last transaction (bench m).
// Parameters: $rows: [{ id, providerId, departmentId, name, startedAt: 'YYYY-MM-DD', plannedBenefit, unit }]
// Returns: status ('created'|'updated'|'unchanged'), n.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (pr:Provider {id: row.providerId})
MATCH (d:Department {id: row.departmentId})
OPTIONAL MATCH (old:Initiative {id: row.id})
OPTIONAL MATCH (oldProvider:Provider)-[:DELIVERS]->(old)
OPTIONAL MATCH (old)-[:FOR]->(oldDepartment:Department)
WITH pr, d, row,
     CASE WHEN old IS NULL THEN null
          ELSE old {.*, providerId: oldProvider.id, departmentId: oldDepartment.id} END AS before
MERGE (i:Initiative {id: row.id})
SET i.name = row.name, i.startedAt = date(row.startedAt), i.plannedBenefit = toFloat(row.plannedBenefit),
    i.unit = row.unit
WITH pr, d, i, before
CALL (i, pr) {
  OPTIONAL MATCH (other)-[delivers:DELIVERS]->(i)
  WHERE other <> pr
  DELETE delivers
}
CALL (i, d) {
  OPTIONAL MATCH (i)-[forOld:FOR]->(other)
  WHERE other <> d
  DELETE forOld
}
MERGE (pr)-[:DELIVERS]->(i)
MERGE (i)-[:FOR]->(d)
RETURN CASE WHEN before IS NULL THEN 'created'
            WHEN before = i {.*, providerId: pr.id, departmentId: d.id} THEN 'unchanged'
            ELSE 'updated' END AS status,
       count(*) AS n
