// The slots of the engagement chunks kept (bench/projection.ts waits for a compute thread to keep them all).
// Returns: slots ([slot numbers]).
MATCH (k:EngagementChunk)
RETURN collect(k.slot) AS slots
