// Benchmark baseline: plain CREATE of e-mail domains and the provider each names.
UNWIND $rows AS row
MATCH (u:Provider {id: row.unitId})
CREATE (:EmailDomain {domain: row.domain})-[:OF_PROVIDER]->(u)
