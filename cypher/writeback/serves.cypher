// Writes computed metrics onto business–provider relationships (e.g. maturity_indicated_90d, stage_90d).
// Parameters: $rows: [{ providerId, departmentId, props }]. Returns: written (relationships updated).
UNWIND $rows AS row
MATCH (:Provider {id: row.providerId})-[s:SERVES]->(:Department {id: row.departmentId})
SET s += row.props
RETURN count(s) AS written
