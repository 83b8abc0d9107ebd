// How many people the graph holds (0 = an empty database, where the demo organisation may be loaded).
// Returns: people.
RETURN COUNT { (:Person) } AS people
