// The current data version (0 before the first import), and whether an import is switching its staged nodes
// visible (import/staged/mark): readers answer 503 import_finishing while it is. Returns: dataVersion, switching.
OPTIONAL MATCH (m:TrellisMeta {id: 'trellis'})
RETURN coalesce(m.dataVersion, 0) AS dataVersion, m.switchingSince IS NOT NULL AS switching
