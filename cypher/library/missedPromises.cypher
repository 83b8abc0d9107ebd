// title: Promises missed by provider
// description: Negotiated engagements with a promised date, per provider whose people took part: how many were delivered, delivered late, missed or are overdue.
// param asOf: string = latest — date-time at which an open promise counts as overdue, or latest for the day after the newest engagement (where the dashboard's windows end)
CALL () { MATCH (e:Engagement) RETURN max(e.at) AS newest }
WITH CASE $asOf WHEN 'latest' THEN datetime.truncate('day', newest) + duration({days: 1})
                  ELSE datetime($asOf) END AS asOf
MATCH (p:Provider)<-[:MEMBER_OF]-(:Person)-[:PARTICIPATED]->(e:Engagement)
  WHERE e.negotiated AND e.promisedBy IS NOT NULL
WITH p, collect(DISTINCT e) AS promises, asOf
RETURN p.name AS provider, size(promises) AS promised,
       size([e IN promises WHERE e.outcome = 'delivered' AND e.deliveredAt <= e.promisedBy]) AS onTime,
       size([e IN promises WHERE e.outcome = 'delivered' AND e.deliveredAt > e.promisedBy]) AS late,
       size([e IN promises WHERE e.outcome = 'missed']) AS missed,
       size([e IN promises WHERE e.outcome IN ['open', 'agreed'] AND e.promisedBy < asOf]) AS overdue
ORDER BY missed + overdue DESC, provider
