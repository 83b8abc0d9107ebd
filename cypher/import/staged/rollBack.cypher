// Rolls back an import that died during its switch (the gate still closed, its last transaction never
// committed): the nodes it had switched are removed with their relationships, in batches of their own
// transactions, before the gate opens again. Readers were answered 503 throughout, so none saw them.
// Parameters: $batch: nodes per transaction (an integer; smaller when Neo4j refuses a batch for its memory).
// Returns: nothing.
MATCH (n:ImportSwitched)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS
