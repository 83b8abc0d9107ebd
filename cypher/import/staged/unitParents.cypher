// Staging: the place of each new unit in the hierarchy, (unit)-[:PART_OF]->(parent).
// Parameters: $rows: [{ id, parentId }] (new units with a parent)
// Returns: status ('created'), n.
UNWIND $rows AS row
MATCH (u:StagedUnit {id: row.id})
MATCH (parent:Unit|StagedUnit {id: row.parentId})
CREATE (u)-[:PART_OF]->(parent)
RETURN 'created' AS status, count(*) AS n
