// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/memberships.
// Parameters: $rows: [{ personId, unitId, since }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson {id: row.personId})
MATCH (u:StagedUnit {id: row.unitId})
CREATE (p)-[:MEMBER_OF {since: date(row.since)}]->(u)
RETURN 'created' AS status, count(*) AS n
