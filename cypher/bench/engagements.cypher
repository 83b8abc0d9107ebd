// Benchmark baseline: plain CREATE of engagements, every property in the CREATE itself (the fastest plain write:
// no SET of a map, so no Eager and no second write of each node's properties).
UNWIND $rows AS row
WITH row, row.props AS props
CREATE (:Engagement {
  id: row.id, kind: props.kind, at: datetime(row.at), durationMin: props.durationMin, topic: props.topic,
  negotiated: props.negotiated, promisedBy: datetime(row.promisedBy), deliveredAt: datetime(row.deliveredAt),
  outcome: props.outcome, sentiment: props.sentiment, value: props.value
})
