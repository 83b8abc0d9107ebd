// Staging: creates new people as StagedPerson (no Person label until the switch). Every property is given in
// the CREATE itself (a missing one is null, which CREATE leaves out): `SET p = map` then another SET made
// Neo4j hold the whole batch back (an Eager) and rewrite each node's properties.
// The properties are personRow's (server/schema/bundle.ts) but managerId: a field added there must be added here.
// Parameters: $rows: [{ id, props: { id, name, title, role, active, email?, foundByDomain? } }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
CREATE (p:StagedPerson {
  id: row.props.id, name: row.props.name, title: row.props.title, role: row.props.role,
  active: row.props.active, email: row.props.email, emailKey: toLower(row.props.email),
  foundByDomain: row.props.foundByDomain
})
RETURN 'created' AS status, count(*) AS n
