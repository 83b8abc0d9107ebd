// Which of the given person ids exist already (references an import may make to earlier imports).
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
