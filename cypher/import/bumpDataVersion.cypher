// Marks a change of the data: analytics caches are keyed by this version. Runs inside the import's transaction.
// The chunk epoch names this metadata node's lifetime: a graph deleted and imported again starts its versions
// over, and the engagement chunks of the graph before must never pass for current (projection/chunks).
// Returns: dataVersion (the new version).
MERGE (m:TrellisMeta {id: 'trellis'})
SET m.dataVersion = coalesce(m.dataVersion, 0) + 1, m.importedAt = datetime(),
    m.chunkEpoch = coalesce(m.chunkEpoch, randomUUID())
RETURN m.dataVersion AS dataVersion
