// Benchmark baseline: plain CREATE of PART_OF.
UNWIND $rows AS row
WITH row WHERE row.parentId IS NOT NULL
MATCH (u:Unit {id: row.id})
MATCH (p:Unit {id: row.parentId})
CREATE (u)-[:PART_OF]->(p)
