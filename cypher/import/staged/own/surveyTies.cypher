// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/surveyTies.
// Parameters: $rows: [{ personId, alterId, question, at, weight }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson {id: row.personId})
MATCH (q:StagedPerson {id: row.alterId})
CREATE (p)-[:SAYS {question: row.question, at: datetime(row.at), weight: toFloat(row.weight)}]->(q)
RETURN 'created' AS status, count(*) AS n
