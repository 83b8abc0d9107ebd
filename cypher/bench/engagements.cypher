// Benchmark baseline: plain CREATE of engagements.
UNWIND $rows AS row
CREATE (e:Engagement)
SET e = row.props, e.at = datetime(row.at), e.promisedBy = datetime(row.promisedBy),
    e.deliveredAt = datetime(row.deliveredAt)
