// Deletes every engagement chunk (server/analytics/projection/engagementChunks.ts): a forgotten person or a
// dropped engagement must not stay behind in one. Runs after the data version's bump in the same transaction,
// so a chunk written meanwhile either committed before (and goes) or waits and finds the version moved on.
MATCH (k:EngagementChunk)
DELETE k
