// One-on-one micro engagements per dyad in the window [from, to) (DESIGN §3.4): engagements of the micro kinds
// ($kinds, by default meeting and transaction) with exactly two participants. A third person turns a meeting
// into the many-on-one macro cycle: its "counterpart" is only the second name listed, and its result is not a
// two-party agreement. Aggregated per pair of people (a < b by id); each side's top-level unit (the unit above
// the person's primary unit) lets the dyads roll up to unit pairs. Tenure reaches back to $since: the first
// meeting or transaction the two shared, looked up for the window's dyads only.
// Promise rule (as in relationshipPeriods.cypher): kept = delivered on or before promisedBy (or delivered
// without a date), late = delivered after it, missed = missed, or open/agreed with promisedBy before $to;
// open/agreed promises not yet due and cancelled ones are not counted (pending counts the former).
// Parameters: $since, $from, $to (DateTime), $kinds (list of engagement kinds).
// Returns: a, b (person ids), unitA, unitB (top-level unit ids), firstAt (epoch ms, first shared
//   engagement of the micro kinds since $since), times (epoch
//   ms in the window, unsorted), count, durationMin, negotiated, initiatedByA, initiatedByB, kept, late, missed,
//   pending, cycleDays (days from the engagement to delivery, one per dated delivery), sentimentSum,
//   sentimentCount.
MATCH (e:Engagement) WHERE e.at >= $from AND e.at < $to AND e.kind IN $kinds
  AND COUNT { (:Person)-[:PARTICIPATED]->(e) } = 2
MATCH (x:Person)-[rx:PARTICIPATED]->(e)<-[ry:PARTICIPATED]-(y:Person) WHERE x.id < y.id
WITH x, y, e,
     CASE
       WHEN e.promisedBy IS NULL THEN null
       WHEN e.outcome = 'delivered' THEN CASE WHEN e.deliveredAt IS NULL OR e.deliveredAt <= e.promisedBy THEN 'kept' ELSE 'late' END
       WHEN e.outcome = 'missed' THEN 'missed'
       WHEN e.outcome IN ['open', 'agreed'] THEN CASE WHEN e.promisedBy < $to THEN 'missed' ELSE 'pending' END
       ELSE null
     END AS promise,
     rx.role = 'initiator' AS byA, ry.role = 'initiator' AS byB
WITH x, y, min(e.at) AS firstInWindow,
     collect(e.at.epochMillis) AS times, count(*) AS count, sum(e.durationMin) AS durationMin,
     sum(CASE WHEN e.negotiated THEN 1 ELSE 0 END) AS negotiated,
     sum(CASE WHEN byA THEN 1 ELSE 0 END) AS initiatedByA, sum(CASE WHEN byB THEN 1 ELSE 0 END) AS initiatedByB,
     sum(CASE promise WHEN 'kept' THEN 1 ELSE 0 END) AS kept, sum(CASE promise WHEN 'late' THEN 1 ELSE 0 END) AS late,
     sum(CASE promise WHEN 'missed' THEN 1 ELSE 0 END) AS missed,
     sum(CASE promise WHEN 'pending' THEN 1 ELSE 0 END) AS pending,
     collect(CASE WHEN e.outcome = 'delivered' AND e.deliveredAt IS NOT NULL
                  THEN (e.deliveredAt.epochMillis - e.at.epochMillis) / 86400000.0 END) AS cycleDays,
     sum(coalesce(e.sentiment, 0.0)) AS sentimentSum, count(e.sentiment) AS sentimentCount
// Tenure: the pair's first shared engagement of the micro kinds since $since (one-on-one or not), found for the
// dyads of the window only. `earlier` carries no label so that the planner walks from x (a few dozen
// engagements) instead of seeking the whole time index for every dyad.
WITH x, y, firstInWindow, times, count, durationMin, negotiated, initiatedByA, initiatedByB, kept, late, missed,
     pending, cycleDays, sentimentSum, sentimentCount,
     reduce(first = firstInWindow, at IN COLLECT {
       MATCH (x)-[:PARTICIPATED]->(earlier)<-[:PARTICIPATED]-(y)
       WHERE earlier.at >= $since AND earlier.at < firstInWindow AND earlier.kind IN $kinds
       RETURN earlier.at
     } | CASE WHEN at < first THEN at ELSE first END).epochMillis AS firstAt
CALL (x) {
  MATCH (x)-[m:MEMBER_OF]->(u:Unit)
  WITH u ORDER BY m.since, u.id LIMIT 1
  MATCH (u)-[:PART_OF*0..]->(top:Unit) WHERE NOT (top)-[:PART_OF]->(:Unit)
  RETURN top.id AS unitA LIMIT 1
}
CALL (y) {
  MATCH (y)-[m:MEMBER_OF]->(u:Unit)
  WITH u ORDER BY m.since, u.id LIMIT 1
  MATCH (u)-[:PART_OF*0..]->(top:Unit) WHERE NOT (top)-[:PART_OF]->(:Unit)
  RETURN top.id AS unitB LIMIT 1
}
RETURN x.id AS a, y.id AS b, unitA, unitB, firstAt, times, count, durationMin, negotiated, initiatedByA,
       initiatedByB, kept, late, missed, pending, cycleDays, sentimentSum, sentimentCount
