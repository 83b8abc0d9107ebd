// Benchmark baseline: plain CREATE of units on an empty database (no MERGE, no change detection).
UNWIND $rows AS row
CREATE (u:Unit)
SET u = row.props
FOREACH (_ IN CASE WHEN row.type = 'department' THEN [1] ELSE [] END | SET u:Department)
FOREACH (_ IN CASE WHEN row.type = 'provider' THEN [1] ELSE [] END | SET u:Provider)
