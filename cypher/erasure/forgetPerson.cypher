// Forgets one person (right to erasure): the person node with every relationship of theirs (memberships, reporting
// lines, BRM assignments, participations, survey answers they gave and got), the feedback they gave, and the
// engagements that no longer join two people once they are gone. Runs in one write transaction with the data version's bump.
// Parameters: personId. Returns: found (0 or 1), feedback, engagements, surveyTies (removed).
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:GAVE]->(f:Feedback)
WITH p, collect(DISTINCT f) AS feedback
OPTIONAL MATCH (p)-[:PARTICIPATED]->(e:Engagement)
WITH p, feedback, collect(DISTINCT e) AS engagements
OPTIONAL MATCH (p)-[s:SAYS]-(:Person)
WITH p, feedback, engagements, count(s) AS surveyTies
FOREACH (f IN feedback | DETACH DELETE f)
DETACH DELETE p
WITH p IS NOT NULL AS found, size(feedback) AS feedback, engagements, surveyTies
CALL (engagements) {
  UNWIND engagements AS e
  OPTIONAL MATCH (e)<-[:PARTICIPATED]-(other:Person)
  WITH e, count(other) AS left
  WHERE left < 2
  DETACH DELETE e
  RETURN count(*) AS removed
}
RETURN toInteger(found) AS found, feedback, removed AS engagements, surveyTies
