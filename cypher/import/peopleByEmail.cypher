// The people who hold any of the given addresses (lower-cased), for uniqueness checks and address lookups.
// Parameters: $keys: [string] (lower-cased addresses). Returns: id, emailKey.
UNWIND $keys AS key
MATCH (p:Person {emailKey: key})
RETURN p.id AS id, p.emailKey AS emailKey
