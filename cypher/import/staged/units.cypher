// Staging: creates new units without their Unit/Department/Provider labels (invisible to every reader, which
// match by those labels) until the import's last transaction switches them (import/staged/switch).
// Parameters: $rows: [{ id, props: { id, name, type, kind, function? } }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
CREATE (u:StagedUnit)
SET u = row.props
RETURN 'created' AS status, count(*) AS n
