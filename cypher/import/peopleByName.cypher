// The people with any of the given names (exact), for mapped CSV exports that name people; two with one name
// make that name ambiguous.
// Parameters: $names: [string]. Returns: name, id.
UNWIND $names AS name
MATCH (p:Person {name: name})
RETURN name, p.id AS id
