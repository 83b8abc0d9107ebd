// Relationship facts per period for every pair of top-level units that shared engagements (DESIGN §3.5, §3.6):
// the macro cycle's monthly series, the trust evidence and the maturity indicators, aggregated in the database.
// People count for the top-level unit above their primary unit (earliest membership, ties by unit id): IT's
// service desk rolls up to IT, as SERVES exists only between top-level units. An engagement relates the unit of
// its initiator (who convened it) to each other unit present, once per pair: a one-on-one across two units
// relates them; a town hall relates its host to every unit that came, not every attendee unit to every other
// (that would be O(units²) pairs per event and call strangers a relationship). One inside a unit relates none.
// Periods are counted back from the window end: period 0 = [$to − $periodMs, $to), so none is partial at the end.
// A promise (promisedBy set) is 'kept' when delivered on or before promisedBy (or delivered without a date),
// 'late' when delivered after it, 'missed' when missed or still open/agreed after promisedBy as of $to;
// open/agreed promises not yet due, and cancelled ones, are not counted.
// Parameters: $since, $to (DateTime; history horizon and window end), $periodMs (period length in ms),
//   $gapSince (DateTime; the median gap is taken over the gaps that end in [$gapSince, $to)).
// Returns one row per pair a < b: a, b, firstAt, lastAt (epoch ms), medianGapDays (null without a
//   gap ending in [$gapSince, $to)), periods: [{ period, volume, peopleA, peopleB, manyOnOne, meeting,
//   transaction, support, community, initiatedByA, initiatedByB, reactiveByA, reactiveByB, supportByA,
//   supportByB, negotiated, negotiatedSupport, kept, late, missed, sentimentSum, sentimentCount, leadersBoth, planning, durationMin }].
MATCH (p:Person)
CALL (p) {
  MATCH (p)-[m:MEMBER_OF]->(u:Unit)
  WITH u ORDER BY m.since, u.id LIMIT 1
  MATCH (u)-[:PART_OF*0..]->(top:Unit) WHERE NOT (top)-[:PART_OF]->(:Unit)
  RETURN top.id AS unit LIMIT 1
}
// `e` carries no label (PARTICIPATED leads only to engagements): the planner then walks from each person instead
// of seeking the time index once per person.
MATCH (p)-[r:PARTICIPATED]->(e) WHERE e.at >= $since AND e.at < $to
WITH e, collect({person: p.id, unit: unit, initiator: r.role = 'initiator', leader: p.role = 'leader'}) AS people
WITH e, people, reduce(units = [], x IN people | CASE WHEN x.unit IN units THEN units ELSE units + x.unit END) AS units
WHERE size(units) >= 2
WITH e, people, units, [x IN people WHERE x.initiator | x.unit][0] AS initiatorUnit,
     CASE
       WHEN e.promisedBy IS NULL THEN null
       WHEN e.outcome = 'delivered' THEN CASE WHEN e.deliveredAt IS NULL OR e.deliveredAt <= e.promisedBy THEN 'kept' ELSE 'late' END
       WHEN e.outcome = 'missed' THEN 'missed'
       WHEN e.outcome IN ['open', 'agreed'] AND e.promisedBy < $to THEN 'missed'
       ELSE null
     END AS promise
UNWIND [u IN units WHERE u <> initiatorUnit] AS other
WITH e, people, initiatorUnit, promise,
     CASE WHEN initiatorUnit < other THEN initiatorUnit ELSE other END AS a,
     CASE WHEN initiatorUnit < other THEN other ELSE initiatorUnit END AS b
WITH a, b, e, promise, toInteger(($to.epochMillis - e.at.epochMillis) / $periodMs) AS period, size(people) AS n,
     [x IN people WHERE x.unit = a | x.person] AS sideA, [x IN people WHERE x.unit = b | x.person] AS sideB,
     any(x IN people WHERE x.unit = a AND x.leader) AND any(x IN people WHERE x.unit = b AND x.leader) AS leadersBoth,
     initiatorUnit = a AS byA, initiatorUnit = b AS byB, e.kind IN ['support', 'transaction'] AS reactive
WITH a, b, period,
     count(*) AS volume, collect(e.at.epochMillis) AS times, collect(sideA) AS sidesA, collect(sideB) AS sidesB,
     sum(CASE WHEN n >= 3 THEN 1 ELSE 0 END) AS manyOnOne,
     sum(CASE e.kind WHEN 'meeting' THEN 1 ELSE 0 END) AS meeting,
     sum(CASE e.kind WHEN 'transaction' THEN 1 ELSE 0 END) AS transaction,
     sum(CASE e.kind WHEN 'support' THEN 1 ELSE 0 END) AS support,
     sum(CASE e.kind WHEN 'community' THEN 1 ELSE 0 END) AS community,
     sum(CASE WHEN byA THEN 1 ELSE 0 END) AS initiatedByA, sum(CASE WHEN byB THEN 1 ELSE 0 END) AS initiatedByB,
     sum(CASE WHEN byA AND reactive THEN 1 ELSE 0 END) AS reactiveByA,
     sum(CASE WHEN byB AND reactive THEN 1 ELSE 0 END) AS reactiveByB,
     sum(CASE WHEN byA AND e.kind = 'support' THEN 1 ELSE 0 END) AS supportByA,
     sum(CASE WHEN byB AND e.kind = 'support' THEN 1 ELSE 0 END) AS supportByB,
     sum(CASE WHEN e.negotiated THEN 1 ELSE 0 END) AS negotiated,
     sum(CASE WHEN e.negotiated AND e.kind = 'support' THEN 1 ELSE 0 END) AS negotiatedSupport,
     sum(CASE promise WHEN 'kept' THEN 1 ELSE 0 END) AS kept,
     sum(CASE promise WHEN 'late' THEN 1 ELSE 0 END) AS late,
     sum(CASE promise WHEN 'missed' THEN 1 ELSE 0 END) AS missed,
     sum(coalesce(e.sentiment, 0.0)) AS sentimentSum, count(e.sentiment) AS sentimentCount,
     sum(CASE WHEN leadersBoth THEN 1 ELSE 0 END) AS leadersBoth,
     sum(CASE WHEN leadersBoth AND n >= 3 AND e.kind = 'meeting' THEN 1 ELSE 0 END) AS planning,
     sum(e.durationMin) AS durationMin
WITH a, b, period, volume, times, manyOnOne, meeting, transaction, support, community, initiatedByA,
     initiatedByB, reactiveByA, reactiveByB, supportByA, supportByB, negotiated, negotiatedSupport, kept, late, missed, sentimentSum, sentimentCount,
     leadersBoth, planning, durationMin,
     size(reduce(seen = [], side IN sidesA | seen + [x IN side WHERE NOT x IN seen])) AS peopleA,
     size(reduce(seen = [], side IN sidesB | seen + [x IN side WHERE NOT x IN seen])) AS peopleB
ORDER BY a, b, period
WITH a, b,
     collect({period: period, volume: volume, peopleA: peopleA, peopleB: peopleB, manyOnOne: manyOnOne,
              meeting: meeting, transaction: transaction, support: support, community: community,
              initiatedByA: initiatedByA, initiatedByB: initiatedByB, reactiveByA: reactiveByA,
              reactiveByB: reactiveByB, supportByA: supportByA, supportByB: supportByB, negotiated: negotiated,
              negotiatedSupport: negotiatedSupport, kept: kept, late: late, missed: missed,
              sentimentSum: sentimentSum, sentimentCount: sentimentCount, leadersBoth: leadersBoth,
              planning: planning, durationMin: durationMin}) AS periods,
     reduce(acc = [], ts IN collect(times) | acc + ts) AS times
CALL (times) {
  UNWIND times AS t
  WITH t ORDER BY t
  WITH collect(t) AS sorted
  RETURN sorted[0] AS firstAt, sorted[size(sorted) - 1] AS lastAt,
         [i IN range(1, size(sorted) - 1) WHERE sorted[i] >= $gapSince.epochMillis | (sorted[i] - sorted[i - 1]) / 86400000.0] AS gaps
}
CALL (gaps) {
  UNWIND gaps AS gap
  RETURN percentileCont(gap, 0.5) AS medianGapDays
}
RETURN a, b, firstAt, lastAt, medianGapDays, periods
