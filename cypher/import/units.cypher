// Upserts units by id: the Unit label plus Department or Provider; properties are replaced by the row's.
// Parameters: $rows: [{ id, type: 'department'|'provider', props: { id, name, type, kind, function? } }]
// Returns: status ('created'|'updated'|'unchanged'), n (rows with that status).
UNWIND $rows AS row
OPTIONAL MATCH (old:Unit {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (u:Unit {id: row.id})
SET u = row.props
FOREACH (_ IN CASE WHEN row.type = 'department' THEN [1] ELSE [] END | SET u:Department REMOVE u:Provider)
FOREACH (_ IN CASE WHEN row.type = 'provider' THEN [1] ELSE [] END | SET u:Provider REMOVE u:Department)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(u) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
