// Feedback about units and relationships in [$since, $to), aggregated per (dimension, rater's unit, units rated,
// period) for trust and assessed maturity (DESIGN §3.6). Units are rolled up to their top-level unit, like the
// rater's primary unit (earliest membership, ties by unit id). A `maturity` answer names the provider and the
// department; a pulse answer names one unit. Periods as in relationshipPeriods.cypher: 0 = [$to − $periodMs, $to).
// Parameters: $since, $to (DateTime), $periodMs (period length in ms), $dimensions (feedback dimensions to read).
// Returns: dimension, raterUnit, about (sorted top-level unit ids, one or two), period, answers, scoreSum.
MATCH (f:Feedback) WHERE f.at >= $since AND f.at < $to AND f.dimension IN $dimensions
MATCH (rater:Person)-[:GAVE]->(f)
CALL (rater) {
  MATCH (rater)-[m:MEMBER_OF]->(u:Unit)
  WITH u ORDER BY m.since, u.id LIMIT 1
  MATCH (u)-[:PART_OF*0..]->(top:Unit) WHERE NOT (top)-[:PART_OF]->(:Unit)
  RETURN top.id AS raterUnit LIMIT 1
}
CALL (f) {
  MATCH (f)-[:ABOUT]->(u:Unit)
  MATCH (u)-[:PART_OF*0..]->(top:Unit) WHERE NOT (top)-[:PART_OF]->(:Unit)
  WITH DISTINCT top.id AS unit ORDER BY unit
  RETURN collect(unit) AS about
}
WITH f.dimension AS dimension, raterUnit, about,
     toInteger(($to.epochMillis - f.at.epochMillis) / $periodMs) AS period, f.score AS score
RETURN dimension, raterUnit, about, period, count(*) AS answers, sum(score) AS scoreSum
