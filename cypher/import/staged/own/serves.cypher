// Staging, every end staged by this import (server/import/stagedNodes.ts): each end found by an index seek
// over its staged label alone, not over two labels (`Person|StagedPerson`) as import/staged/<step> must.
// The same relationships as import/staged/serves.
// Parameters: $rows: [{ providerId, departmentId, purpose, since, targetMaturity }]
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (pr:StagedUnit {id: row.providerId})
MATCH (d:StagedUnit {id: row.departmentId})
CREATE (pr)-[:SERVES {purpose: row.purpose, since: date(row.since), targetMaturity: row.targetMaturity}]->(d)
RETURN 'created' AS status, count(*) AS n
