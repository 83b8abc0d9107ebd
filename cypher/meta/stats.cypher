// Counts of nodes by label and relationships by type of the Trellis model, for /api/stats (count-store
// lookups: constant time whatever the size of the graph).
// Returns: kind ('label'|'type'), name, count.
UNWIND [
  ['label', 'Unit', COUNT { (:Unit) }],
  ['label', 'Department', COUNT { (:Department) }],
  ['label', 'Provider', COUNT { (:Provider) }],
  ['label', 'Person', COUNT { (:Person) }],
  ['label', 'Engagement', COUNT { (:Engagement) }],
  ['label', 'Feedback', COUNT { (:Feedback) }],
  ['type', 'MEMBER_OF', COUNT { ()-[:MEMBER_OF]->() }],
  ['type', 'PART_OF', COUNT { ()-[:PART_OF]->() }],
  ['type', 'REPORTS_TO', COUNT { ()-[:REPORTS_TO]->() }],
  ['type', 'BRM_FOR', COUNT { ()-[:BRM_FOR]->() }],
  ['type', 'SERVES', COUNT { ()-[:SERVES]->() }],
  ['type', 'PARTICIPATED', COUNT { ()-[:PARTICIPATED]->() }],
  ['type', 'GAVE', COUNT { ()-[:GAVE]->() }],
  ['type', 'ABOUT', COUNT { ()-[:ABOUT]->() }]
] AS entry
RETURN entry[0] AS kind, entry[1] AS name, entry[2] AS count
