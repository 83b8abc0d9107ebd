// title: Declining relationships by monthly volume
// description: Provider–department relationships whose engagements in the last N months fell against the N months before; the ones cooling fastest first.
// param months: int = 3 — length of each comparison period in months
// param asOf: datetime = 2026-12-31T00:00:00Z — end of the recent period
WITH datetime($asOf) AS asOf, duration({months: $months}) AS period
MATCH (p:Provider)-[:SERVES]->(d:Department)
OPTIONAL MATCH (d)<-[:MEMBER_OF]-(:Person)-[:PARTICIPATED]->(e:Engagement)<-[:PARTICIPATED]-(:Person)-[:MEMBER_OF]->(p)
  WHERE asOf - period - period <= e.at < asOf
WITH p, d, asOf, period, collect(DISTINCT e) AS engagements
WITH p, d, size([e IN engagements WHERE e.at >= asOf - period]) AS recent,
     size([e IN engagements WHERE e.at < asOf - period]) AS before
  WHERE before > recent
RETURN p.name AS provider, d.name AS department, before, recent,
       round(100.0 * (recent - before) / before, 1) AS changePercent
ORDER BY changePercent, provider
