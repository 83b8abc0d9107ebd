// The survey network of a window (issue 13 item 4): every answer (person)-[:SAYS]->(alter) given in
// [$from, $to), summed per ordered pair. What people say, kept apart from the engagements (what they do).
// Parameters: $from, $to (DateTime, the window's ends; $to exclusive).
// Returns: source, target (person ids), weight (Σ answer weights), answers (how many answers).
MATCH (p:Person)-[s:SAYS]->(q:Person)
WHERE s.at >= $from AND s.at < $to
RETURN p.id AS source, q.id AS target, sum(s.weight) AS weight, count(s) AS answers
ORDER BY source, target
