// title: BRM coverage of departments
// description: Each department with its business relationship managers, the providers serving it and how many of its people engaged with a provider since a date; departments without a BRM first.
// param since: datetime = 2025-01-01T00:00:00Z — engagements from this date-time on
MATCH (d:Department)
OPTIONAL MATCH (brm:Person)-[:BRM_FOR]->(d)
OPTIONAL MATCH (prov:Provider)-[:SERVES]->(d)
WITH d, collect(DISTINCT brm.name) AS brms, collect(DISTINCT prov.name) AS providers
OPTIONAL MATCH (d)<-[:MEMBER_OF]-(member:Person)-[:PARTICIPATED]->(e:Engagement)<-[:PARTICIPATED]-(:Person)-[:MEMBER_OF]->(:Provider)
  WHERE e.at >= datetime($since)
RETURN d.name AS department, brms, providers, count(DISTINCT member) AS engagedMembers
ORDER BY size(brms), department
