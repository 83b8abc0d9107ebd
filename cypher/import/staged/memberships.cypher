// Staging: memberships with a new person or unit at one end (so the relationship is new too).
// Parameters: $rows: [{ personId, unitId, since }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:Person|StagedPerson {id: row.personId})
MATCH (u:Unit|StagedUnit {id: row.unitId})
CREATE (p)-[:MEMBER_OF {since: date(row.since)}]->(u)
RETURN 'created' AS status, count(*) AS n
