// Benchmark baseline: plain CREATE of initiatives, (provider)-[:DELIVERS]->(:Initiative)-[:FOR]->(department).
UNWIND $rows AS row
MATCH (pr:Provider {id: row.providerId})
MATCH (d:Department {id: row.departmentId})
CREATE (pr)-[:DELIVERS]->(:Initiative {id: row.id, name: row.name, startedAt: date(row.startedAt),
                                       plannedBenefit: toFloat(row.plannedBenefit), unit: row.unit})-[:FOR]->(d)
