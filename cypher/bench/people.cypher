// Benchmark baseline: plain CREATE of people, every property in the CREATE itself (as the staged import does).
UNWIND $rows AS row
CREATE (:Person {
  id: row.props.id, name: row.props.name, title: row.props.title, role: row.props.role,
  active: row.props.active, email: row.props.email, emailKey: toLower(row.props.email),
  foundByDomain: row.props.foundByDomain
})
