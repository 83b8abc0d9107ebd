// Upserts engagements by id; properties are replaced by the row's, times stored as DateTime.
// Parameters: $rows: [{ id, at, promisedBy?, deliveredAt? (ISO date-times), props: { id, kind, durationMin,
//   topic, negotiated, outcome, sentiment?, value? } }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
OPTIONAL MATCH (old:Engagement {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (e:Engagement {id: row.id})
SET e = row.props, e.at = datetime(row.at), e.promisedBy = datetime(row.promisedBy),
    e.deliveredAt = datetime(row.deliveredAt)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(e) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
