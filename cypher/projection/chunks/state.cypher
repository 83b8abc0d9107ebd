// The engagement chunks kept for slots $first..$last in layout $format (server/analytics/projection/
// engagementChunks.ts), with what decides whether each is current: the data version now, and the changes
// recorded by imports since the oldest of them. Parameters: $first, $last (slot numbers), $format.
// Returns: version, chunks ([slot, version written]), changes ([version, slots touched]).
WITH COLLECT {
  MATCH (k:EngagementChunk) WHERE k.slot >= $first AND k.slot <= $last AND k.format = $format
  RETURN [k.slot, k.version]
} AS chunks
OPTIONAL MATCH (m:TrellisMeta {id: 'trellis'})
WITH chunks, coalesce(m.dataVersion, 0) AS version,
     reduce(oldest = null, chunk IN chunks | CASE WHEN oldest IS NULL OR chunk[1] < oldest THEN chunk[1] ELSE oldest END) AS oldest
RETURN version, chunks, COLLECT { MATCH (d:DataChange) WHERE d.version > oldest RETURN [d.version, d.slots] } AS changes
