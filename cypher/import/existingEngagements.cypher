// Which of the given engagement ids exist already.
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS id
MATCH (e:Engagement {id: id})
RETURN e.id AS id
