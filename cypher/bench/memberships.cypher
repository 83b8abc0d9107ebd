// Benchmark baseline: plain CREATE of MEMBER_OF.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (u:Unit {id: row.unitId})
CREATE (p)-[:MEMBER_OF {since: date(row.since)}]->(u)
