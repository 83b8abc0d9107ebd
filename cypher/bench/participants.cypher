// Benchmark baseline: plain CREATE of PARTICIPATED.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Engagement {id: row.engagementId})
CREATE (p)-[:PARTICIPATED {role: row.role}]->(e)
