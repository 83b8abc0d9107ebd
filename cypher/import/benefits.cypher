// Upserts realised benefits: (:Initiative)-[:REALISED]->(:Benefit {at, realised}), one per initiative and day;
// importing another figure for the same day updates it. Runs in the import's last transaction, after the
// initiatives.
// CYPHER replan=skip: the initiative is found through its uniqueness constraint, so the plan is the same
// whatever the counts; replanning it when an import has moved them cost up to 0.1 s of the last transaction.
// Parameters: $rows: [{ initiativeId, at: 'YYYY-MM-DD', realised }]
// Returns: status ('created'|'updated'|'unchanged'), n.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
OPTIONAL MATCH (i)-[:REALISED]->(old:Benefit {at: date(row.at)})
WITH i, row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (i)-[:REALISED]->(b:Benefit {at: date(row.at)})
SET b.realised = toFloat(row.realised)
RETURN CASE WHEN before IS NULL THEN 'created' WHEN before = properties(b) THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n
