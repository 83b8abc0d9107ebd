// Every engagement in [$since, $to), one row each with its participants: the one read of a window from which
// server/analytics/projection builds the person, unit and initiation graphs, the micro dyads and the relationship
// periods in TypeScript (the aggregating queries they replace are kept as the test reference in
// cypher/reference/projection/). Times come as float epoch milliseconds so the driver hands over plain numbers.
// Parameters: $since, $to (DateTime).
// Returns: at, promisedBy, deliveredAt (epoch ms; null when unset), kind, durationMin, negotiated (true or
//   false), outcome, sentiment (null when unset), participants ([person id, initiated?] per participation).
//   One pattern comprehension, not a CALL subquery or an aggregation: measured the fastest way to hand over an
//   engagement with its participants (bench/RESULTS.md, projection), and one walk of the participations
//   instead of two (a second comprehension for the initiators cost 10–25 % of the read).
MATCH (e:Engagement) WHERE e.at >= $since AND e.at < $to
RETURN toFloat(e.at.epochMillis) AS at, toFloat(e.promisedBy.epochMillis) AS promisedBy,
       toFloat(e.deliveredAt.epochMillis) AS deliveredAt, e.kind AS kind, toFloat(e.durationMin) AS durationMin,
       e.negotiated = true AS negotiated, e.outcome AS outcome, toFloat(e.sentiment) AS sentiment,
       [(p:Person)-[r:PARTICIPATED]->(e) | [p.id, r.role = 'initiator']] AS participants
