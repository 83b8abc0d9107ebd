// Whether the roster read at data version $since in chunk epoch $epoch (server/analytics/projection/keptRoster.ts)
// is current at data version $version: the same graph (a graph deleted and imported again has a new epoch), and
// every version after $since made by an import that recorded it changed no unit, person or membership
// (import/recordChange). Parameters: $epoch (null: none), $since, $version. Returns: epoch (now), current.
OPTIONAL MATCH (m:TrellisMeta {id: 'trellis'})
RETURN m.chunkEpoch AS epoch,
       coalesce(m.chunkEpoch = $epoch, false)
       AND COUNT { MATCH (d:DataChange) WHERE $since < d.version <= $version AND d.roster = false } = $version - $since
       AS current
