// Benchmark baseline: plain CREATE of REPORTS_TO.
UNWIND $rows AS row
WITH row WHERE row.managerId IS NOT NULL
MATCH (p:Person {id: row.id})
MATCH (m:Person {id: row.managerId})
CREATE (p)-[:REPORTS_TO]->(m)
