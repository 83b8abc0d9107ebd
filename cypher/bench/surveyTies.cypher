// Benchmark baseline: plain CREATE of survey answers, (person)-[:SAYS]->(alter).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (q:Person {id: row.alterId})
CREATE (p)-[:SAYS {question: row.question, at: datetime(row.at), weight: toFloat(row.weight)}]->(q)
