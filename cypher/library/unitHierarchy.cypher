// title: Units, their parents and members
// description: The unit hierarchy (PART_OF) with each unit's members (MEMBER_OF), as a graph the explorer draws.
// param maxMembers: int = 25 — members shown per unit
MATCH (u:Unit)
OPTIONAL MATCH (u)-[part:PART_OF]->(parent:Unit)
CALL (u) {
  OPTIONAL MATCH (person:Person)-[member:MEMBER_OF]->(u)
  RETURN collect(person)[..$maxMembers] AS people, collect(member)[..$maxMembers] AS members
}
RETURN u, part, parent, people, members
