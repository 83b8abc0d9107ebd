// Benchmark baseline: plain CREATE of engagements, every property in the CREATE itself (the fastest plain write:
// no SET of a map, so no Eager and no second write of each node's properties).
UNWIND $rows AS row
CREATE (:Engagement {
  id: row.id, kind: row.props.kind, at: datetime(row.at), durationMin: row.props.durationMin,
  topic: row.props.topic, negotiated: row.props.negotiated, promisedBy: datetime(row.promisedBy),
  deliveredAt: datetime(row.deliveredAt), outcome: row.props.outcome, sentiment: row.props.sentiment,
  value: row.props.value
})
