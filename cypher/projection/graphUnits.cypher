// The units of the unit graph.
// Returns: id, name, type ('department'|'provider'), kind, function (null for departments).
MATCH (u:Unit)
RETURN u.id AS id, u.name AS name, CASE WHEN u:Department THEN 'department' ELSE 'provider' END AS type,
       u.kind AS kind, u.function AS function
