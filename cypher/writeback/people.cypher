// Writes computed metrics onto people as properties (e.g. betweenness_90d), for analysts' Cypher.
// Parameters: $rows: [{ id, props: { name_window: value } }]. Returns: written (people updated).
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p += row.props
RETURN count(p) AS written
