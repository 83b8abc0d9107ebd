// Closes the import gate before the first switch batch: readers (meta/dataVersion) see `switching` and answer
// 503 import_finishing until the import's last transaction (import/staged/finish) opens it again, so no reader
// sees a graph half switched. Refuses when another import holds the gate.
// Returns: busy (true when the gate was already closed: nothing changed then).
MERGE (m:TrellisMeta {id: 'trellis'})
WITH m, m.switchingSince IS NOT NULL AS busy
FOREACH (_ IN CASE WHEN busy THEN [] ELSE [1] END | SET m.switchingSince = datetime())
RETURN busy
