// Staging: creates new engagements as StagedEngagement (no Engagement label until the switch), times as
// DateTime as import/engagements does. One SET of a projected map: setting the times after the map would make
// Neo4j hold the whole batch back (an Eager between the two SETs).
// Parameters: $rows: [{ id, at, promisedBy?, deliveredAt?, props }] (ids the database does not hold)
// Returns: status ('created'), n.
UNWIND $rows AS row
WITH row, row.props AS props
CREATE (e:StagedEngagement)
SET e = props {.*, at: datetime(row.at), promisedBy: datetime(row.promisedBy),
               deliveredAt: datetime(row.deliveredAt)}
RETURN 'created' AS status, count(*) AS n
