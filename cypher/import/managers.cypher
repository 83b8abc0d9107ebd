// Sets each person's manager: (person)-[:REPORTS_TO]->(manager), at most one. A row without managerId
// removes the person's REPORTS_TO. Relationships are only touched when they change.
// Parameters: $rows: [{ id, managerId: string|null }]
// Returns: status ('created'|'updated'|'unchanged'|'none' for people with no manager before or after), n.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WITH p, row, [(p)-[:REPORTS_TO]->(m:Person) | m.id] AS before,
     CASE WHEN row.managerId IS NULL THEN [] ELSE [row.managerId] END AS after
CALL (p, row, before, after) {
  WITH p, row WHERE before <> after
  OPTIONAL MATCH (p)-[old:REPORTS_TO]->(:Person)
  DELETE old
  WITH DISTINCT p, row
  MATCH (manager:Person {id: row.managerId})
  MERGE (p)-[:REPORTS_TO]->(manager)
}
RETURN CASE WHEN before = after THEN CASE WHEN size(after) = 0 THEN 'none' ELSE 'unchanged' END
            WHEN size(before) = 0 THEN 'created' ELSE 'updated' END AS status,
       count(*) AS n
