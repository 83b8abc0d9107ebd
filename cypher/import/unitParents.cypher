// Sets each unit's place in the unit hierarchy: (unit)-[:PART_OF]->(parent), at most one parent.
// A row without parentId removes the unit's PART_OF. Relationships are only touched when they change.
// Parameters: $rows: [{ id, parentId: string|null }]
// Returns: status ('created'|'updated'|'unchanged'|'none' for units with no parent before or after), n.
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
WITH u, row, [(u)-[:PART_OF]->(p:Unit) | p.id] AS before,
     CASE WHEN row.parentId IS NULL THEN [] ELSE [row.parentId] END AS after
CALL (u, row, before, after) {
  WITH u, row WHERE before <> after
  OPTIONAL MATCH (u)-[old:PART_OF]->(:Unit)
  DELETE old
  WITH DISTINCT u, row
  MATCH (parent:Unit {id: row.parentId})
  MERGE (u)-[:PART_OF]->(parent)
}
RETURN CASE WHEN before = after THEN CASE WHEN size(after) = 0 THEN 'none' ELSE 'unchanged' END
            WHEN size(before) = 0 THEN 'created' ELSE 'updated' END AS status,
       count(*) AS n
