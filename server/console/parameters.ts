/**
 * Console parameters arrive as JSON; integral numbers become Neo4j integers so `LIMIT $n` and integer
 * comparisons behave as an analyst expects (a JSON 5 would otherwise be the float 5.0).
 */
import neo4j from 'neo4j-driver';

export function toNeo4jParameters(parameters: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parameters).map(([key, value]) => [key, toNeo4jValue(value)]));
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value && typeof value === 'object') return toNeo4jParameters(value as Record<string, unknown>);
  return value;
}
