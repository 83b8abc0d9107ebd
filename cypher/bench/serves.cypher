// Benchmark baseline: plain CREATE of SERVES.
UNWIND $rows AS row
MATCH (pr:Provider {id: row.providerId})
MATCH (d:Department {id: row.departmentId})
CREATE (pr)-[:SERVES {purpose: row.purpose, since: date(row.since), targetMaturity: row.targetMaturity}]->(d)
