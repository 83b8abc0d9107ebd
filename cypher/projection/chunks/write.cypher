// Keeps the given engagement chunks, written at data version $version — only while that is still the current
// version: the SET on the version's node takes its lock first, so an import or erasure that bumps the version
// either committed before (and nothing is written) or waits for this write (and retires or deletes its chunks).
// Then forgets the changes no chunk is older than. Parameters: $version, $chunks ([properties of a chunk]).
MERGE (m:TrellisMeta {id: 'trellis'})
SET m.chunksWrittenAt = datetime()
WITH m WHERE coalesce(m.dataVersion, 0) = $version
UNWIND $chunks AS chunk
MERGE (k:EngagementChunk {slot: chunk.slot})
SET k = chunk, k.version = $version
WITH count(*) AS written
CALL () {
  MATCH (k:EngagementChunk)
  WITH min(k.version) AS oldest
  MATCH (d:DataChange) WHERE d.version <= oldest
  DELETE d
}
RETURN written
