// The providers that the given e-mail domains map to (cypher/import/domains.cypher).
// Parameters: $domains: [string] (lower case). Returns: domain, unitId.
UNWIND $domains AS domain
MATCH (:EmailDomain {domain: domain})-[:OF_PROVIDER]->(u:Provider)
RETURN domain, u.id AS unitId
