// Upserts survey answers: (person)-[:SAYS {question, at, weight}]->(alter), one per person, alter, question
// and time; a second import of the same answer changes its weight at most. Never an engagement.
// Parameters: $rows: [{ personId, alterId, question, at (ISO date-time), weight }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (q:Person {id: row.alterId})
OPTIONAL MATCH (p)-[old:SAYS {question: row.question, at: datetime(row.at)}]->(q)
WITH p, q, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (p)-[s:SAYS {question: row.question, at: datetime(row.at)}]->(q)
SET s.weight = toFloat(row.weight)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(s) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
