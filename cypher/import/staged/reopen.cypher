// Opens the import gate after a roll-back (import/staged/rollBack) and bumps the data version: readers may
// have computed from the half-switched graph under the old version, and those results must not be served.
// Returns: dataVersion.
MATCH (m:TrellisMeta {id: 'trellis'})
WHERE m.switchingSince IS NOT NULL
REMOVE m.switchingSince
SET m.dataVersion = coalesce(m.dataVersion, 0) + 1
RETURN m.dataVersion AS dataVersion
