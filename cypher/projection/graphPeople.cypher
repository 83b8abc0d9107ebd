// The people of the person graph, each with their primary unit (earliest membership; ties broken by unit id).
// People without any membership are left out: every node of the person graph belongs to a unit.
// Returns: id, name, role, unit, unitType ('department'|'provider'), unitKind.
MATCH (p:Person)
CALL (p) {
  MATCH (p)-[m:MEMBER_OF]->(u:Unit)
  RETURN u ORDER BY m.since, u.id LIMIT 1
}
RETURN p.id AS id, p.name AS name, p.role AS role, u.id AS unit,
       CASE WHEN u:Department THEN 'department' ELSE 'provider' END AS unitType, u.kind AS unitKind
