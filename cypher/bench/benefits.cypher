// Benchmark baseline: plain CREATE of realised benefits, (:Initiative)-[:REALISED]->(:Benefit).
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
CREATE (i)-[:REALISED]->(:Benefit {at: date(row.at), realised: toFloat(row.realised)})
