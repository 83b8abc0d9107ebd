/**
 * fast-check values from the OpenAPI document's JSON schemas, bent towards trouble: mostly shaped like the
 * schema (so requests get past validation and reach the handler), sometimes anything at all.
 */
import fc from 'fast-check';

type JsonSchema = Record<string, unknown>;

/** Cypher fragments that together make hostile, odd or expensive console queries. */
const CYPHER_PARTS = [
  'MATCH (n)', 'RETURN n', 'DETACH DELETE n', 'CREATE (:X)', 'SET n.x = 1', 'MERGE (m:Unit {id: $id})',
  "LOAD CSV FROM 'file:///etc/passwd' AS l", 'CALL dbms.components()', 'CALL db.labels()', 'SHOW TRANSACTIONS',
  'USE system', 'PROFILE', 'EXPLAIN', 'FOREACH (i IN [1] | CREATE (:Y))', 'CALL (n) { DELETE n } IN TRANSACTIONS',
  '//', '/*', '*/', "'", '"', '`', ';', '$id', 'UNWIND range(1, 100) AS i', 'RETURN i', 'WITH *', 'LIMIT 5',
  'CREATE USER x SET PASSWORD "y"', 'DROP INDEX a', 'CALL { MATCH (a) RETURN a }', 'RETURN 1 / 0', '\u0000',
]; // prettier-ignore

/** Whole statements that parse, so the plan gate and Neo4j itself are reached. */
const STATEMENTS = [
  'MATCH (n) DETACH DELETE n', "CREATE (:Person {id: 'fuzz'})", 'MATCH (p:Person) SET p.name = $id',
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'CALL dbms.components()', 'SHOW TRANSACTIONS',
  'MATCH (n) CALL (n) { RETURN n.id AS i } IN TRANSACTIONS RETURN i', 'MATCH (n) RETURN n LIMIT 3',
  'MATCH (a)-[r]->(b) RETURN a, r, b', 'RETURN $id AS id', "CALL db.labels()", 'TERMINATE TRANSACTIONS "x"',
]; // prettier-ignore

export const hostileText = fc.oneof(
  fc.constantFrom(...STATEMENTS),
  fc.array(fc.constantFrom(...CYPHER_PARTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', ' ', '\u202e', '<script>alert(1)</script>', '../../etc/passwd', '%00', 'null'),
);

export function fromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const wild = fc.jsonValue({ maxDepth: 3 });
  return fc.oneof({ weight: 4, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: wild });
}

function shaped(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.anyOf))
    return fc.oneof(...(schema.anyOf as JsonSchema[]).map((s) => fromSchema(s, depth)));
  switch (schema.type) {
    case 'string':
      return hostileText;
    case 'integer':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 2_000 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 53, 1e308, 0.5) },
      );
    case 'number':
      return fc.oneof(fc.double(), fc.integer());
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 2
        ? fc.constant([])
        : fc.array(fromSchema((schema.items ?? {}) as JsonSchema, depth + 1), { maxLength: 4 });
    case 'object':
      return objectOf(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  if (names.length === 0 || depth > 2)
    return fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
  const record = Object.fromEntries(names.map((name) => [name, fromSchema(properties[name]!, depth + 1)]));
  return fc.record(record, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
}
