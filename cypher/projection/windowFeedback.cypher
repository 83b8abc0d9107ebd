// Every feedback answer in [$since, $to) of the given dimensions, one row each, with its rater and the units it
// is about; server/analytics/projection/tallyFeedback.ts rolls raters and units up to top-level units and tallies
// them per period (the aggregating query it replaces is the test reference, cypher/reference/projection/).
// Parameters: $since, $to (DateTime), $dimensions (feedback dimensions to read).
// Returns: dimension, rater (person id), at (epoch ms), score (1–5), about (unit ids).
MATCH (f:Feedback) WHERE f.at >= $since AND f.at < $to AND f.dimension IN $dimensions
MATCH (rater:Person)-[:GAVE]->(f)
RETURN f.dimension AS dimension, rater.id AS rater, toFloat(f.at.epochMillis) AS at, f.score AS score,
       [(f)-[:ABOUT]->(u:Unit) | u.id] AS about
