// Before a person is forgotten (same transaction as erasure/forgetPerson): the actions that concern them count
// one more forgotten person, and the notes of every action lose the person's name and id. The links themselves
// (CONCERNS, TOOK) go with the person's DETACH DELETE; nothing else of an action names a person.
// Parameters: personId. Returns: actions (actions touched).
MATCH (p:Person {id: $personId})
MATCH (a:Action)
WHERE EXISTS { (a)-[:CONCERNS]->(p) } OR EXISTS { (p)-[:TOOK]->(a) }
   OR a.note CONTAINS p.id OR a.note CONTAINS coalesce(p.name, p.id)
SET a.forgottenPeople = a.forgottenPeople + CASE WHEN EXISTS { (a)-[:CONCERNS]->(p) } THEN 1 ELSE 0 END,
    a.note = replace(replace(a.note, coalesce(p.name, p.id), 'someone forgotten'), p.id, 'someone forgotten')
RETURN count(a) AS actions
