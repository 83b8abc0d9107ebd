// The switch, inside the import's last transaction: every staged node takes its real labels at once, so the
// import becomes visible whole (label changes only: small transaction state, whatever the import's size).
// Returns: n (nodes switched).
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
