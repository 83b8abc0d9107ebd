// Records what the import that made data version $version changed: which 30-day slots of engagements it touched
// (server/analytics/projection/chunkCodec.ts), so that the engagement chunks of every other slot stay current, and
// whether it changed the roster (people, units, memberships: server/import/rosterChange.ts), so that the roster
// read before stays current when it did not. Runs in the import's last transaction, after the version's bump.
// Parameters: $version, $slots ([slot number]), $roster (boolean).
MERGE (d:DataChange {version: $version})
SET d.slots = $slots, d.roster = $roster
