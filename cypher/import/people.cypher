// Upserts people by id; properties are replaced by the row's.
// emailKey, the address lower-cased, carries the uniqueness constraint (a constraint cannot lower-case).
// Parameters: $rows: [{ id, props: { id, name, title, role, active, email?, foundByDomain? } }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (p:Person {id: row.id})
SET p = row.props, p.emailKey = toLower(row.props.email)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(p) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
