// What an earlier import left (before every import and at start-up): switch marks of one that finished, or
// staging of one that did not. Two label lookups, so an import on a clean database skips the two batched
// clean-ups (import/staged/settle, import/staged/discard) and their round trips.
// Returns: switched (some node is marked ImportSwitched), staged (some node has a staged label).
RETURN EXISTS { MATCH (:ImportSwitched) } AS switched,
  EXISTS { MATCH (:StagedUnit) } OR EXISTS { MATCH (:StagedPerson) } OR EXISTS { MATCH (:StagedEngagement) }
    OR EXISTS { MATCH (:StagedFeedback) } AS staged
