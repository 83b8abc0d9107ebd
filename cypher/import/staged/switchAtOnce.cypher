// The switch at once, inside the import's last transaction: every staged node takes its real labels, so the
// import becomes visible whole and readers never wait. It fits the default heap for the `l` org (302,896
// nodes); when Neo4j refuses it for its memory, the import switches in batches behind the import gate
// instead (import/staged/switch).
// CYPHER replan=skip: four label scans, the same plan whatever the counts, which every import moves; a replan
// cost ≈ 0.07 s (more under load) of the last transaction.
// Returns: n (nodes switched).
CYPHER replan=skip
CALL () {
  MATCH (u:StagedUnit)
  REMOVE u:StagedUnit
  SET u:Unit
  FOREACH (_ IN CASE WHEN u.type = 'department' THEN [1] ELSE [] END | SET u:Department)
  FOREACH (_ IN CASE WHEN u.type = 'provider' THEN [1] ELSE [] END | SET u:Provider)
  RETURN count(*) AS units
}
CALL () {
  MATCH (p:StagedPerson)
  REMOVE p:StagedPerson
  SET p:Person
  RETURN count(*) AS people
}
CALL () {
  MATCH (e:StagedEngagement)
  REMOVE e:StagedEngagement
  SET e:Engagement
  RETURN count(*) AS engagements
}
CALL () {
  MATCH (f:StagedFeedback)
  REMOVE f:StagedFeedback
  SET f:Feedback
  RETURN count(*) AS feedback
}
RETURN units + people + engagements + feedback AS n
