// How many staged nodes an unfinished import left (0 when none): for tests and the start-up report.
// Returns: n.
MATCH (n) WHERE n:StagedUnit OR n:StagedPerson OR n:StagedEngagement OR n:StagedFeedback
RETURN count(n) AS n
