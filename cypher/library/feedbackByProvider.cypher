// title: Feedback scores by provider and dimension
// description: Average feedback score (1–5) per provider and dimension (trust, value, communication, delivery, maturity) since a date, with the number of answers.
// param since: datetime = 2025-01-01T00:00:00Z — feedback from this date-time on
// param minAnswers: int = 1 — hide averages over fewer answers than this
MATCH (f:Feedback)-[:ABOUT]->(p:Provider)
  WHERE f.at >= datetime($since)
WITH p, f.dimension AS dimension, avg(f.score) AS averageScore, count(f) AS answers
  WHERE answers >= $minAnswers
RETURN p.name AS provider, dimension, round(averageScore, 2) AS averageScore, answers
ORDER BY provider, dimension
