// BRM assignments in force at the end of the window: (person)-[:BRM_FOR {since}]->(department) with since
// before $to (an assignment without since counts too).
// Parameters: $to (DateTime, the window's exclusive end).
// Returns: personId, departmentId.
MATCH (p:Person)-[b:BRM_FOR]->(d:Department)
WHERE b.since IS NULL OR b.since < date($to)
RETURN p.id AS personId, d.id AS departmentId
ORDER BY departmentId, personId
