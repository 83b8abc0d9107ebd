// Keeps the given engagement chunks, written at data version $version of chunk epoch $epoch (both read before
// their rows) — only while both are still current: the SET on the version's node takes its lock first, so an
// import or erasure that bumps the version either committed before (and nothing is written) or waits for this
// write (and retires or deletes its chunks); a graph deleted since has another epoch, or none yet. A graph that
// had no epoch when its rows were read ($epoch null: never imported) takes $ours, which the writer made up for it
// and names in each of its writes; a graph that lost the epoch read (deleted since) never takes it back. Then
// forgets the changes no chunk is older than.
// Parameters: $epoch (null when there was none), $ours, $version, $chunks ([properties of a chunk]).
MERGE (m:TrellisMeta {id: 'trellis'})
SET m.chunksWrittenAt = datetime(),
    m.chunkEpoch = CASE WHEN m.chunkEpoch IS NULL AND $epoch IS NULL THEN $ours ELSE m.chunkEpoch END
WITH m
WHERE coalesce(m.dataVersion, 0) = $version AND m.chunkEpoch = coalesce($epoch, $ours)
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
