// The engagement chunks of the given slots, whole (server/analytics/projection/chunkCodec.ts).
// Parameters: $slots. Returns: chunk (the node's properties).
MATCH (k:EngagementChunk) WHERE k.slot IN $slots
RETURN properties(k) AS chunk
