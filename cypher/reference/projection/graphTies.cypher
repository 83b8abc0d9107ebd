// Person ties in the window [from, to): for each pair of people who shared engagements,
// weight = Σ κ(kind) · 2^(−age/h) / (participants − 1), age = days from the engagement to the window end
// (DESIGN §3.1): a one-on-one counts fully, a town hall little per pair; recent activity counts more.
// Parameters: $from, $to (DateTime); $halfLifeDays (0 = no decay); $kappa (map kind → weight).
// Returns: a, b (person ids, a < b), weight, engagements (shared engagements in the window).
MATCH (e:Engagement) WHERE e.at >= $from AND e.at < $to
CALL (e) {
  MATCH (p:Person)-[:PARTICIPATED]->(e)
  RETURN collect(p.id) AS people
}
WITH e, people, size(people) AS n WHERE n >= 2
WITH people, n,
     coalesce($kappa[e.kind], 0.0)
       * CASE WHEN $halfLifeDays > 0
           THEN 2.0 ^ (-1.0 * duration.inSeconds(e.at, $to).seconds / 86400.0 / $halfLifeDays)
           ELSE 1.0 END
       / (n - 1) AS w
UNWIND range(0, n - 2) AS i
UNWIND range(i + 1, n - 1) AS j
WITH CASE WHEN people[i] < people[j] THEN people[i] ELSE people[j] END AS a,
     CASE WHEN people[i] < people[j] THEN people[j] ELSE people[i] END AS b, w
RETURN a, b, sum(w) AS weight, count(*) AS engagements
