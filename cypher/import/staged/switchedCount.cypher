// How many nodes an import switched visible and has not settled yet (import/staged/settle): for the
// start-up report of a roll-back and for tests.
// Returns: n.
MATCH (n:ImportSwitched)
RETURN count(n) AS n
