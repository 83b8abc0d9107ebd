// The promises of some departments' relationships (SERVES) that came due in [from, to) and were not kept by $to:
// marked missed, delivered after the promised date, or still open or agreed past it (overdue). Cancelled and
// un-negotiated engagements carry no promise. An engagement counts for a relationship when people of the
// department and of the provider (or of a sub-unit of it, e.g. IT's service desk) took part.
// Parameters: $departmentIds (list of ids); $from, $to (DateTime, the week).
// Returns: providerId, departmentId, engagementId, kind, at, promisedBy, outcome, deliveredAt (oldest due first).
MATCH (provider:Provider)-[:SERVES]->(d:Department)
WHERE d.id IN $departmentIds
MATCH (d)<-[:MEMBER_OF]-(:Person)-[:PARTICIPATED]->(e:Engagement)
WHERE coalesce(e.negotiated, false) AND e.promisedBy >= $from AND e.promisedBy < $to
  AND (e.outcome = 'missed'
       OR (e.outcome = 'delivered' AND e.deliveredAt IS NOT NULL AND e.deliveredAt > e.promisedBy)
       OR ((e.outcome IS NULL OR e.outcome IN ['open', 'agreed'])))
WITH DISTINCT provider, d, e
WHERE EXISTS {
  MATCH (e)<-[:PARTICIPATED]-(:Person)-[:MEMBER_OF]->(u:Unit)
  WHERE u = provider OR EXISTS { (u)-[:PART_OF*1..5]->(provider) }
}
RETURN provider.id AS providerId, d.id AS departmentId, e.id AS engagementId, e.kind AS kind, e.at AS at,
       e.promisedBy AS promisedBy, e.outcome AS outcome, e.deliveredAt AS deliveredAt
ORDER BY promisedBy, engagementId
