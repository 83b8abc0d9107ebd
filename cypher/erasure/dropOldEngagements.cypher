// Retention: removes one batch of engagements older than the cut-off, with their participations, and the
// feedback given before it. Run until it removes nothing, then bump the data version.
// Parameters: before (DateTime), batch (int). Returns: engagements, feedback (removed in this batch).
CALL {
  MATCH (e:Engagement) WHERE e.at < $before
  WITH e LIMIT $batch
  DETACH DELETE e
  RETURN count(*) AS engagements
}
CALL {
  MATCH (f:Feedback) WHERE f.at < $before
  WITH f LIMIT $batch
  DETACH DELETE f
  RETURN count(*) AS feedback
}
RETURN engagements, feedback
