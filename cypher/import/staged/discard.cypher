// Removes the staging of an import that did not finish (failed, aborted, or its process or database died),
// in batches of its own transactions; run before every import and at start-up. Staged nodes were never
// visible, so this changes nothing a reader saw.
// Parameters: $batch: nodes per transaction (an integer; smaller when Neo4j refuses a batch for its memory).
// Returns: nothing.
MATCH (n) WHERE n:StagedUnit OR n:StagedPerson OR n:StagedEngagement OR n:StagedFeedback
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS
