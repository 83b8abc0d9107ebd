// Upserts e-mail domains: (:EmailDomain {domain})-[:OF_PROVIDER]->(provider). A domain names one provider;
// mapping it to another moves it.
// Parameters: $rows: [{ domain (lower case), unitId }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
MATCH (u:Provider {id: row.unitId})
OPTIONAL MATCH (:EmailDomain {domain: row.domain})-[:OF_PROVIDER]->(before:Provider)
MERGE (d:EmailDomain {domain: row.domain})
WITH row, u, d, before
CALL (d, u) {
  OPTIONAL MATCH (d)-[old:OF_PROVIDER]->(other)
  WHERE other <> u
  DELETE old
}
MERGE (d)-[:OF_PROVIDER]->(u)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = u THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
