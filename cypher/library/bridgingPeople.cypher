// title: People who bridge two units
// description: People who took part in engagements with members of both units, ranked by how many engagements they shared with each side; the brokers between two parts of the organisation.
// param unitA: string = dept-001 — id of the first unit (dept-001 is the demo org's first department)
// param unitB: string = prov-it — id of the second unit (prov-it: the demo org's IT Services)
// param top: int = 20 — how many people to list
MATCH (a:Unit {id: $unitA}), (b:Unit {id: $unitB})
MATCH (bridge:Person)-[:PARTICIPATED]->(e:Engagement)<-[:PARTICIPATED]-(other:Person)-[:MEMBER_OF]->(u:Unit)
  WHERE u IN [a, b] AND other <> bridge
WITH bridge, count(DISTINCT CASE WHEN u = a THEN e END) AS withA, count(DISTINCT CASE WHEN u = b THEN e END) AS withB
  WHERE withA > 0 AND withB > 0
OPTIONAL MATCH (bridge)-[:MEMBER_OF]->(home:Unit)
RETURN bridge.id AS personId, bridge.name AS person, collect(DISTINCT home.name) AS memberOf, withA, withB
ORDER BY withA * withB DESC, person
LIMIT $top
