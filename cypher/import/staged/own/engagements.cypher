// Staging, every participant staged by this import (server/import/stagedNodes.ts): each found by an index seek
// over StagedPerson alone, not over two labels (`Person|StagedPerson`) as import/staged/engagements must.
// The same engagements and PARTICIPATED links as import/staged/engagements (its header says why the CREATE
// names every property).
// Parameters: $rows: [{ id, at, promisedBy?, deliveredAt?, props, participantIds: [personId],
//   participantRoles: [role] }] (the two lists of the same length)
// Returns: status ('created'), n (engagements), participants (PARTICIPATED links); one row, with no participants too.
UNWIND $rows AS row
CREATE (e:StagedEngagement {
  id: row.id, kind: row.props.kind, at: datetime(row.at), durationMin: row.props.durationMin,
  topic: row.props.topic, negotiated: row.props.negotiated, promisedBy: datetime(row.promisedBy),
  deliveredAt: datetime(row.deliveredAt), outcome: row.props.outcome, sentiment: row.props.sentiment,
  value: row.props.value
})
WITH e, row
UNWIND range(0, size(row.participantIds) - 1) AS i
MATCH (p:StagedPerson {id: row.participantIds[i]})
CREATE (p)-[:PARTICIPATED {role: row.participantRoles[i]}]->(e)
WITH count(*) AS participants
RETURN 'created' AS status, size($rows) AS n, participants
