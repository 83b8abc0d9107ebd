// A person and the departments they are BRM for as of a moment (BRM_FOR with since before it, or without since):
// no row when the person is unknown, an empty list when they are not a BRM then.
// Parameters: $personId; $to (DateTime: assignments in force before it).
// Returns: id, name, departments ([{ id, name }], sorted by id).
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[b:BRM_FOR]->(d:Department)
WHERE b.since IS NULL OR b.since < date($to)
WITH p, d ORDER BY d.id
RETURN p.id AS id, p.name AS name,
       [x IN collect(d) | {id: x.id, name: coalesce(x.name, x.id)}] AS departments
