// Marks a change of the data: analytics caches are keyed by this version. Runs inside the import's transaction.
// Returns: dataVersion (the new version).
MERGE (m:TrellisMeta {id: 'trellis'})
SET m.dataVersion = coalesce(m.dataVersion, 0) + 1, m.importedAt = datetime()
RETURN m.dataVersion AS dataVersion
