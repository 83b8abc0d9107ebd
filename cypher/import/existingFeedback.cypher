// Which of the given feedback ids exist already (their rows update; the others are staged as new).
// Parameters: $ids: [string]. Returns: id.
UNWIND $ids AS id
MATCH (f:Feedback {id: id})
RETURN f.id AS id
