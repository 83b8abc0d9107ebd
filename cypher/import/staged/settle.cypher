// After an import's last transaction committed (or at start-up, when no import holds the gate): its nodes
// keep their labels and lose the ImportSwitched mark, in batches of their own transactions. Readers never
// match ImportSwitched, so this changes nothing they see.
// Parameters: $batch: nodes per transaction (an integer; smaller when Neo4j refuses a batch for its memory).
// Returns: nothing.
MATCH (n:ImportSwitched)
CALL (n) { REMOVE n:ImportSwitched } IN TRANSACTIONS OF $batch ROWS
