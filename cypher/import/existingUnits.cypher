// Which of the given unit ids exist already, and whether each is a department or a provider.
// Parameters: $ids: [string]. Returns: id, type ('department'|'provider').
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u.id AS id, CASE WHEN u:Department THEN 'department' ELSE 'provider' END AS type
