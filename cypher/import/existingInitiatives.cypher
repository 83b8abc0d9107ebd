// Which of the given initiative ids exist already (a benefit may name an initiative of an earlier import).
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS id
MATCH (i:Initiative {id: id})
RETURN i.id AS id
