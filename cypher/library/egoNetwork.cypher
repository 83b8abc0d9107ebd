// title: A person's ego network
// description: A person, the people they engaged with and the engagements that connect them, as a graph the explorer draws (nodes and relationships).
// param personId: string = busiest — id of the person at the centre (e.g. p-0001 in the m demo org, p-001 in s), or busiest for the person in the most engagements since the date
// param since: datetime = 2025-01-01T00:00:00Z — engagements from this date-time on
// param maxEngagements: int = 50 — most recent engagements to include
CALL () {
  MATCH (p:Person {id: $personId})
  RETURN p AS me
  UNION
  MATCH (p:Person)-[:PARTICIPATED]->(e:Engagement)
    WHERE $personId = 'busiest' AND e.at >= datetime($since)
  WITH p, count(e) AS engagements ORDER BY engagements DESC, p.id LIMIT 1
  RETURN p AS me
}
MATCH (me)-[mine:PARTICIPATED]->(e:Engagement)
  WHERE e.at >= datetime($since)
WITH me, mine, e ORDER BY e.at DESC LIMIT $maxEngagements
MATCH (e)<-[theirs:PARTICIPATED]-(other:Person)
  WHERE other <> me
RETURN me, mine, e, theirs, other
