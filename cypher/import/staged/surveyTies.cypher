// Staging: survey answers with a new person at one end (the other may be staged or already in the graph).
// Parameters: $rows: [{ personId, alterId, question, at, weight }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:Person|StagedPerson {id: row.personId})
MATCH (q:Person|StagedPerson {id: row.alterId})
CREATE (p)-[:SAYS {question: row.question, at: datetime(row.at), weight: toFloat(row.weight)}]->(q)
RETURN 'created' AS status, count(*) AS n
