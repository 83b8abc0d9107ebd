// Upserts feedback by id: (giver)-[:GAVE]->(:Feedback {at, score, dimension, comment})-[:ABOUT]->(unit), one
// or two units (a maturity answer names the provider and the department). Links are only replaced when the
// giver or the units change.
// Parameters: $rows: [{ id, personId, about: [unitId], at (ISO date-time), props: { id, score, dimension, comment } }]
// Returns: status ('created'|'updated'|'unchanged'), n.
UNWIND $rows AS row
OPTIONAL MATCH (old:Feedback {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE {
       props: properties(old),
       givers: [(g:Person)-[:GAVE]->(old) | g.id],
       about: [(old)-[:ABOUT]->(u:Unit) | u.id]
     } END AS before
WITH row, before,
     before IS NOT NULL AND before.givers = [row.personId] AND size(before.about) = size(row.about)
       AND all(x IN row.about WHERE x IN before.about) AS sameLinks
MERGE (f:Feedback {id: row.id})
SET f = row.props, f.at = datetime(row.at)
WITH row, before, sameLinks, f
CALL (row, f, sameLinks) {
  WITH row, f WHERE NOT sameLinks
  OPTIONAL MATCH (f)-[link:ABOUT|GAVE]-()
  DELETE link
  WITH DISTINCT row, f
  MATCH (giver:Person {id: row.personId})
  MERGE (giver)-[:GAVE]->(f)
  WITH row, f
  UNWIND row.about AS unitId
  MATCH (u:Unit {id: unitId})
  MERGE (f)-[:ABOUT]->(u)
}
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before.props = properties(f) AND sameLinks THEN 'unchanged'
            ELSE 'updated' END AS status,
       count(*) AS n
