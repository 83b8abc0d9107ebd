// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/brmAssignments.
// Parameters: $rows: [{ personId, departmentId, since }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (p:StagedPerson {id: row.personId})
MATCH (d:StagedUnit {id: row.departmentId})
CREATE (p)-[:BRM_FOR {since: date(row.since)}]->(d)
RETURN 'created' AS status, count(*) AS n
