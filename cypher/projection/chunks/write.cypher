// Keeps the given engagement chunks, written at data version $version of chunk epoch $epoch (both read before
// their rows) — only while both are still current: the SET on the version's node takes its lock first, so an
// import or erasure that bumps the version either committed before (and nothing is written) or waits for this
// write (and retires or deletes its chunks); a graph deleted since has another epoch. A graph without an epoch
// yet (never imported) takes $epoch, which the writer made up for it (and sends with each of its writes). Then
// forgets the changes no chunk is older than.
// Parameters: $epoch, $version, $chunks ([properties of a chunk]).
MERGE (m:TrellisMeta {id: 'trellis'})
SET m.chunksWrittenAt = datetime(), m.chunkEpoch = coalesce(m.chunkEpoch, $epoch)
WITH m
WHERE coalesce(m.dataVersion, 0) = $version AND m.chunkEpoch = $epoch
UNWIND $chunks AS chunk
MERGE (k:EngagementChunk {slot: chunk.slot})
SET k = chunk, k.version = $version, k.epoch = m.chunkEpoch
WITH count(*) AS written
CALL () {
  MATCH (k:EngagementChunk)
  WITH min(k.version) AS oldest
  MATCH (d:DataChange) WHERE d.version <= oldest
  DELETE d
}
RETURN written
