// The initiatives of business–provider relationships (issue 12 item 6):
// (provider)-[:DELIVERS]->(:Initiative)-[:FOR]->(department), each with the benefit it realised before the
// window end (benefits dated on or after the end's day are not yet realised for this window).
// Parameters: $to (DateTime, the window end).
// Returns: id, providerId, departmentId, name, startedAt (ISO date), plannedBenefit, unit, realised.
MATCH (provider:Provider)-[:DELIVERS]->(i:Initiative)-[:FOR]->(department:Department)
OPTIONAL MATCH (i)-[:REALISED]->(b:Benefit)
  WHERE b.at < date($to)
WITH provider, department, i, sum(coalesce(b.realised, 0.0)) AS realised
RETURN i.id AS id, provider.id AS providerId, department.id AS departmentId, i.name AS name,
       toString(i.startedAt) AS startedAt, i.plannedBenefit AS plannedBenefit, i.unit AS unit,
       toFloat(realised) AS realised
ORDER BY providerId, departmentId, id
