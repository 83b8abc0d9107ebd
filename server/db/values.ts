/**
 * The one place where Neo4j values become plain JavaScript: integers to numbers, temporal values to ISO
 * strings, nodes and relationships to small objects. Everything above the db layer sees plain values only.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isTime,
  type Record as Neo4jRecord,
} from 'neo4j-driver';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export type Row = Record<string, unknown>;

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  // strings, numbers and booleans as they are, without the driver's type checks (most values of a large read)
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: plainMap(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: plainMap(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    const nodes = [value.start, ...value.segments.map((segment) => segment.end)];
    return {
      nodes: nodes.map(toPlain),
      relationships: value.segments.map((segment) => toPlain(segment.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  );
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) result[key] = toPlain(value);
  return result;
}

export function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/** A JavaScript Date as a Neo4j DateTime parameter (the driver does not convert Date by itself). */
export function toDateTime(date: Date) {
  return neo4j.types.DateTime.fromStandardDate(date);
}

/** A JavaScript integer as a Neo4j Integer parameter (a plain number goes as a float, which LIMIT refuses). */
export function toInteger(value: number) {
  return neo4j.int(value);
}
