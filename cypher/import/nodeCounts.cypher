// How many units, people, engagements and feedback the database holds (from Neo4j's count store, no scan): an
// import into a database without any of a kind need not ask which of its ids exist.
// Returns: units, people, engagements, feedback.
CALL () { MATCH (n:Unit) RETURN count(n) AS units }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Engagement) RETURN count(n) AS engagements }
CALL () { MATCH (n:Feedback) RETURN count(n) AS feedback }
RETURN units, people, engagements, feedback
