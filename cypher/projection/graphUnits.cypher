// The units of the unit graph, each with its parent in the unit hierarchy (at most one PART_OF).
// Returns: id, name, type ('department'|'provider'), kind, function (null for departments),
//          parent (the parent unit's id; null for a top-level unit).
MATCH (u:Unit)
OPTIONAL MATCH (u)-[:PART_OF]->(parent:Unit)
RETURN u.id AS id, u.name AS name, CASE WHEN u:Department THEN 'department' ELSE 'provider' END AS type,
       u.kind AS kind, u.function AS function, parent.id AS parent
