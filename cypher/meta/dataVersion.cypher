// The current data version (0 before the first import). Returns: dataVersion.
OPTIONAL MATCH (m:TrellisMeta {id: 'trellis'})
RETURN coalesce(m.dataVersion, 0) AS dataVersion
