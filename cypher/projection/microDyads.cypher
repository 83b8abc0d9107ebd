// One-on-one micro engagements per dyad in the window [from, to) (DESIGN §3.4): engagements of the micro kinds
// ($kinds, by default meeting and transaction) with exactly two participants. A third person turns a meeting
// into the many-on-one macro cycle: its "counterpart" is only the second name listed, and its result is not a
// two-party agreement. Aggregated per pair of people (a < b by id); each side's top-level unit (the unit above
// the person's primary unit) lets the dyads roll up to unit pairs. Tenure reaches back to $since.
// Promise rule (as in relationshipPeriods.cypher): kept = delivered on or before promisedBy (or delivered
// without a date), late = delivered after it, missed = missed, or open/agreed with promisedBy before $to;
// open/agreed promises not yet due and cancelled ones are not counted (pending counts the former).
// Parameters: $since, $from, $to (DateTime), $kinds (list of engagement kinds).
// Returns: a, b (person ids), unitA, unitB (top-level unit ids), firstAt (epoch ms, since $since), times (epoch
//   ms in the window, unsorted), count, durationMin, negotiated, initiatedByA, initiatedByB, kept, late, missed,
//   pending, cycleDays (days from the engagement to delivery, one per dated delivery), sentimentSum,
//   sentimentCount.
MATCH (e:Engagement) WHERE e.at >= $since AND e.at < $to AND e.kind IN $kinds
  AND COUNT { (:Person)-[:PARTICIPATED]->(e) } = 2
MATCH (x:Person)-[rx:PARTICIPATED]->(e)<-[ry:PARTICIPATED]-(y:Person) WHERE x.id < y.id
WITH x, y, e, e.at >= $from AS recent,
     CASE
       WHEN e.promisedBy IS NULL THEN null
       WHEN e.outcome = 'delivered' THEN CASE WHEN e.deliveredAt IS NULL OR e.deliveredAt <= e.promisedBy THEN 'kept' ELSE 'late' END
       WHEN e.outcome = 'missed' THEN 'missed'
       WHEN e.outcome IN ['open', 'agreed'] THEN CASE WHEN e.promisedBy < $to THEN 'missed' ELSE 'pending' END
       ELSE null
     END AS promise,
     rx.role = 'initiator' AS byA, ry.role = 'initiator' AS byB
WITH x, y, min(e.at.epochMillis) AS firstAt,
     collect(CASE WHEN recent THEN e.at.epochMillis END) AS times,
     sum(CASE WHEN recent THEN 1 ELSE 0 END) AS count,
     sum(CASE WHEN recent THEN e.durationMin ELSE 0 END) AS durationMin,
     sum(CASE WHEN recent AND e.negotiated THEN 1 ELSE 0 END) AS negotiated,
     sum(CASE WHEN recent AND byA THEN 1 ELSE 0 END) AS initiatedByA,
     sum(CASE WHEN recent AND byB THEN 1 ELSE 0 END) AS initiatedByB,
     sum(CASE WHEN recent AND promise = 'kept' THEN 1 ELSE 0 END) AS kept,
     sum(CASE WHEN recent AND promise = 'late' THEN 1 ELSE 0 END) AS late,
     sum(CASE WHEN recent AND promise = 'missed' THEN 1 ELSE 0 END) AS missed,
     sum(CASE WHEN recent AND promise = 'pending' THEN 1 ELSE 0 END) AS pending,
     collect(CASE WHEN recent AND e.outcome = 'delivered' AND e.deliveredAt IS NOT NULL
                  THEN (e.deliveredAt.epochMillis - e.at.epochMillis) / 86400000.0 END) AS cycleDays,
     sum(CASE WHEN recent THEN coalesce(e.sentiment, 0.0) ELSE 0.0 END) AS sentimentSum,
     sum(CASE WHEN recent AND e.sentiment IS NOT NULL THEN 1 ELSE 0 END) AS sentimentCount
WHERE count > 0
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
