// Benchmark baseline: plain CREATE of people, every property in the CREATE itself (as the staged import does).
UNWIND $rows AS row
WITH row.props AS props
CREATE (:Person {
  id: props.id, name: props.name, title: props.title, role: props.role, active: props.active,
  email: props.email, emailKey: toLower(props.email), foundByDomain: props.foundByDomain
})
