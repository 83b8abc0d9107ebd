// title: A person's ego network
// description: A person, the people they engaged with and the engagements that connect them, as a graph the explorer draws (nodes and relationships).
// param personId: string = p-001 — id of the person at the centre (p-001 is the demo org's first leader)
// param since: datetime = 2025-01-01T00:00:00Z — engagements from this date-time on
// param maxEngagements: int = 50 — most recent engagements to include
MATCH (me:Person {id: $personId})-[mine:PARTICIPATED]->(e:Engagement)
  WHERE e.at >= datetime($since)
WITH me, mine, e ORDER BY e.at DESC LIMIT $maxEngagements
MATCH (e)<-[theirs:PARTICIPATED]-(other:Person)
  WHERE other <> me
RETURN me, mine, e, theirs, other
