// Benchmark baseline: plain CREATE of people.
UNWIND $rows AS row
CREATE (p:Person)
SET p = row.props
