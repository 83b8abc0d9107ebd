// The engagements of one business–provider relationship in the window [from, to), oldest first: those with
// people of the department and people of the provider (or of a sub-unit of it, e.g. IT's service desk).
// Names of people are not returned: the timeline is about the relationship.
// Parameters: $providerId, $departmentId; $from, $to (DateTime).
// Returns: at, kind, participants, initiatorSide ('provider'|'department'|'other'), negotiated, outcome,
//          promisedBy, deliveredAt, sentiment.
MATCH (:Department {id: $departmentId})<-[:MEMBER_OF]-(:Person)-[:PARTICIPATED]->(e)
WHERE e.at >= $from AND e.at < $to
WITH DISTINCT e
WHERE EXISTS {
  MATCH (e)<-[:PARTICIPATED]-(:Person)-[:MEMBER_OF]->(u:Unit)
  WHERE u.id = $providerId OR EXISTS { (u)-[:PART_OF*1..5]->(:Unit {id: $providerId}) }
}
OPTIONAL MATCH (initiator:Person)-[:PARTICIPATED {role: 'initiator'}]->(e)
WITH e,
     EXISTS { (initiator)-[:MEMBER_OF]->(:Department {id: $departmentId}) } AS byDepartment,
     EXISTS {
       MATCH (initiator)-[:MEMBER_OF]->(u:Unit)
       WHERE u.id = $providerId OR EXISTS { (u)-[:PART_OF*1..5]->(:Unit {id: $providerId}) }
     } AS byProvider
RETURN e.at AS at, e.kind AS kind, COUNT { (e)<-[:PARTICIPATED]-(:Person) } AS participants,
       CASE WHEN byDepartment THEN 'department' WHEN byProvider THEN 'provider' ELSE 'other' END AS initiatorSide,
       coalesce(e.negotiated, false) AS negotiated, e.outcome AS outcome, e.promisedBy AS promisedBy,
       e.deliveredAt AS deliveredAt, e.sentiment AS sentiment
ORDER BY at
