// Writes computed metrics onto units as properties (e.g. silo_flag_90d).
// Parameters: $rows: [{ id, props }]. Returns: written (units updated).
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
SET u += row.props
RETURN count(u) AS written
