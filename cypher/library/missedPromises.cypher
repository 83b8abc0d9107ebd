// title: Promises missed by provider
// description: Negotiated engagements with a promised date, per provider whose people took part: how many were delivered, delivered late, missed or are overdue.
// param asOf: datetime = 2026-12-31T00:00:00Z — date-time at which an open promise counts as overdue
MATCH (p:Provider)<-[:MEMBER_OF]-(:Person)-[:PARTICIPATED]->(e:Engagement)
  WHERE e.negotiated AND e.promisedBy IS NOT NULL
WITH p, collect(DISTINCT e) AS promises, datetime($asOf) AS asOf
RETURN p.name AS provider, size(promises) AS promised,
       size([e IN promises WHERE e.outcome = 'delivered' AND e.deliveredAt <= e.promisedBy]) AS onTime,
       size([e IN promises WHERE e.outcome = 'delivered' AND e.deliveredAt > e.promisedBy]) AS late,
       size([e IN promises WHERE e.outcome = 'missed']) AS missed,
       size([e IN promises WHERE e.outcome IN ['open', 'agreed'] AND e.promisedBy < asOf]) AS overdue
ORDER BY missed + overdue DESC, provider
