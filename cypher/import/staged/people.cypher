// Staging: creates new people as StagedPerson (no Person label until the switch).
// Parameters: $rows: [{ id, props: { id, name, title, role, active, email?, foundByDomain? } }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
CREATE (p:StagedPerson)
SET p = row.props, p.emailKey = toLower(row.props.email)
RETURN 'created' AS status, count(*) AS n
