// Benchmark baseline: plain CREATE of BRM_FOR.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (d:Department {id: row.departmentId})
CREATE (p)-[:BRM_FOR {since: date(row.since)}]->(d)
