// Directed initiation ties in the window [from, to): initiator → every other participant, weighted as the
// person ties are (κ(kind) · 2^(−age/h) / (participants − 1)). Feeds reciprocity and brokerage roles.
// Parameters: $from, $to (DateTime); $halfLifeDays (0 = no decay); $kappa (map kind → weight).
// Returns: source (initiator id), target (participant id), weight, engagements.
MATCH (e:Engagement) WHERE e.at >= $from AND e.at < $to
MATCH (initiator:Person)-[:PARTICIPATED {role: 'initiator'}]->(e)
WITH e, initiator, COUNT { (:Person)-[:PARTICIPATED]->(e) } AS n
MATCH (other:Person)-[:PARTICIPATED]->(e) WHERE other <> initiator
WITH initiator.id AS source, other.id AS target,
     coalesce($kappa[e.kind], 0.0)
       * CASE WHEN $halfLifeDays > 0
           THEN 2.0 ^ (-1.0 * duration.inSeconds(e.at, $to).seconds / 86400.0 / $halfLifeDays)
           ELSE 1.0 END
       / (n - 1) AS w
RETURN source, target, sum(w) AS weight, count(*) AS engagements
