// Which of the given provider–department pairs are business–provider relationships already (SERVES): an
// initiative belongs to one.
// Parameters: $pairs: [{ providerId, departmentId }]. Returns: providerId, departmentId.
UNWIND $pairs AS pair
MATCH (:Provider {id: pair.providerId})-[:SERVES]->(:Department {id: pair.departmentId})
RETURN pair.providerId AS providerId, pair.departmentId AS departmentId
