// The engagement chunks kept for slots $first..$last in layout $format (server/analytics/projection/
// engagementChunks.ts) and of this graph's chunk epoch (a graph deleted and imported again starts its versions
// over under a new epoch), with what decides whether each is current: the data version now, and the changes
// recorded by imports since the oldest of them. Parameters: $first, $last (slot numbers), $format.
// Returns: epoch (null before any), version, chunks ([slot, version written]), changes ([version, slots]).
OPTIONAL MATCH (m:TrellisMeta {id: 'trellis'})
WITH m.chunkEpoch AS epoch, coalesce(m.dataVersion, 0) AS version
WITH epoch, version, COLLECT {
  MATCH (k:EngagementChunk)
  WHERE k.slot >= $first AND k.slot <= $last AND k.format = $format AND k.epoch = epoch
  RETURN [k.slot, k.version]
} AS chunks
WITH epoch, version, chunks,
     reduce(oldest = null, chunk IN chunks | CASE WHEN oldest IS NULL OR chunk[1] < oldest THEN chunk[1] ELSE oldest END) AS oldest
RETURN epoch, version, chunks, COLLECT { MATCH (d:DataChange) WHERE d.version > oldest RETURN [d.version, d.slots] } AS changes
