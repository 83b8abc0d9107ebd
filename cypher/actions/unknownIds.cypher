// Which of the ids an action names the graph does not hold: an action may concern only known units and people.
// Parameters: $unitIds, $personIds (lists of ids).
// Returns: units, people (the unknown ids of each, in the order given).
RETURN [id IN $unitIds WHERE NOT EXISTS { MATCH (:Unit {id: id}) }] AS units,
       [id IN $personIds WHERE NOT EXISTS { MATCH (:Person {id: id}) }] AS people
