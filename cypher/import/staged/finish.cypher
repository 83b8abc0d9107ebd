// In the import's last transaction, after its upserts and the data version: opens the import gate
// (import/staged/mark) and counts the nodes the switch gave their labels, which must be the import's own.
// Returns: switched (nodes labelled ImportSwitched).
MATCH (m:TrellisMeta {id: 'trellis'})
REMOVE m.switchingSince
WITH count(*) AS opened
MATCH (n:ImportSwitched)
RETURN count(n) AS switched
