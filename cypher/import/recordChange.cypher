// Records which 30-day slots of engagements (server/analytics/projection/chunkCodec.ts) the import that made
// data version $version touched: the engagement chunks of every other slot stay current. Runs in the import's
// last transaction, after the version's bump. Parameters: $version, $slots ([slot number]).
MERGE (d:DataChange {version: $version})
SET d.slots = $slots
