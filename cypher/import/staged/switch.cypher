// The switch, behind the import gate (import/staged/mark): every staged node takes its real labels, in
// batches of their own transactions (one transaction for them all did not fit the default heap for the `l`
// org: its commit fills the Unit/Person/Engagement/Feedback indexes and constraints at once). Each switched
// node also takes ImportSwitched, so an import interrupted here can be rolled back (import/staged/rollBack)
// and a finished one settled (import/staged/settle). The batches before a refused one stay committed: the
// next run finds only the rest.
// Parameters: $batch: nodes per transaction (an integer; smaller when Neo4j refuses a batch for its memory).
// Returns: nothing.
MATCH (n) WHERE n:StagedUnit OR n:StagedPerson OR n:StagedEngagement OR n:StagedFeedback
CALL (n) {
  WITH n, n:StagedUnit AS unit
  FOREACH (_ IN CASE WHEN unit THEN [1] ELSE [] END | REMOVE n:StagedUnit SET n:Unit)
  FOREACH (_ IN CASE WHEN unit AND n.type = 'department' THEN [1] ELSE [] END | SET n:Department)
  FOREACH (_ IN CASE WHEN unit AND n.type = 'provider' THEN [1] ELSE [] END | SET n:Provider)
  FOREACH (_ IN CASE WHEN n:StagedPerson THEN [1] ELSE [] END | REMOVE n:StagedPerson SET n:Person)
  FOREACH (_ IN CASE WHEN n:StagedEngagement THEN [1] ELSE [] END | REMOVE n:StagedEngagement SET n:Engagement)
  FOREACH (_ IN CASE WHEN n:StagedFeedback THEN [1] ELSE [] END | REMOVE n:StagedFeedback SET n:Feedback)
  SET n:ImportSwitched
} IN TRANSACTIONS OF $batch ROWS
