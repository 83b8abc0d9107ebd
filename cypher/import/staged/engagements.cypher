// Staging: creates new engagements as StagedEngagement (no Engagement label until the switch), times as
// DateTime as import/engagements does, each with its participants (server/import/stagedParticipants.ts), who
// may be staged themselves or already in the graph. Every property is given in the CREATE itself (a missing
// one is null, which CREATE leaves out): `SET e = map` then more SETs made Neo4j hold the whole batch back (an
// Eager) and rewrite each node's properties, about twice the time of this CREATE (scratch measurement, issue 13
// item 6). The properties are engagementRow's (server/schema/bundle.ts): a field added there must be added here.
// Parameters: $rows: [{ id, at, promisedBy?, deliveredAt?, props, participantIds: [personId],
//   participantRoles: [role] }] (ids the database does not hold; the two lists of the same length, or both left
//   out: no participants)
// Returns: status ('created'), n (engagements), participants (PARTICIPATED links); one row, with no participants too.
UNWIND $rows AS row
CREATE (e:StagedEngagement {
  id: row.id, kind: row.props.kind, at: datetime(row.at), durationMin: row.props.durationMin,
  topic: row.props.topic, negotiated: row.props.negotiated, promisedBy: datetime(row.promisedBy),
  deliveredAt: datetime(row.deliveredAt), outcome: row.props.outcome, sentiment: row.props.sentiment,
  value: row.props.value
})
WITH e, row
UNWIND range(0, size(coalesce(row.participantIds, [])) - 1) AS i
MATCH (p:Person|StagedPerson {id: row.participantIds[i]})
CREATE (p)-[:PARTICIPATED {role: row.participantRoles[i]}]->(e)
WITH count(*) AS participants
RETURN 'created' AS status, size($rows) AS n, participants
