// Benchmark baseline: every participation of every engagement in the window, read raw (one row each) and
// counted client-side — what touching the window's data costs before any analysis.
// Parameters: $from, $to (DateTime). Returns: engagement id, person id.
MATCH (p:Person)-[:PARTICIPATED]->(e:Engagement)
WHERE e.at >= $from AND e.at < $to
RETURN e.id AS engagement, p.id AS person
