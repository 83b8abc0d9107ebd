// Benchmark baseline: plain CREATE of feedback with its GAVE and ABOUT relationships.
UNWIND $rows AS row
MATCH (giver:Person {id: row.personId})
CREATE (giver)-[:GAVE]->(f:Feedback)
SET f = row.props, f.at = datetime(row.at)
WITH row, f
UNWIND row.about AS unitId
MATCH (u:Unit {id: unitId})
CREATE (f)-[:ABOUT]->(u)
