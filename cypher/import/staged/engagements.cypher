// Staging: creates new engagements as StagedEngagement (no Engagement label until the switch), times as
// DateTime as import/engagements does.
// Parameters: $rows: [{ id, at, promisedBy?, deliveredAt?, props }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
CREATE (e:StagedEngagement)
SET e = row.props, e.at = datetime(row.at), e.promisedBy = datetime(row.promisedBy),
    e.deliveredAt = datetime(row.deliveredAt)
RETURN 'created' AS status, count(*) AS n
