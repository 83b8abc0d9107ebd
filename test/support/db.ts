/** The integration tests' database: the real Neo4j started by the global setup, schema applied. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { inject } from 'vitest';
import { applySchema } from '../../server/db/connect.ts';
import { Database } from '../../server/db/database.ts';
import { recordToRow, type Row } from '../../server/db/values.ts';
import { importData, readImportSource } from '../../server/import/importer.ts';
import { IMPORT_FIXTURES } from './fixtures.ts';

export async function connectTestDatabase(): Promise<Database> {
  const db = new Database(inject('neo4j'));
  await db.verify();
  await applySchema(db);
  return db;
}

/** Removes every node and relationship (the schema stays). */
export async function clearGraph(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Replaces the graph with the tiny import fixture (test/fixtures/import/tiny.json), whose values tests state by hand. */
export async function loadTinyFixture(db: Database): Promise<void> {
  await clearGraph(db);
  const outcome = await importData(db, readImportSource(path.join(IMPORT_FIXTURES, 'tiny.json')));
  if (outcome.status !== 'imported') throw new Error(`the tiny fixture did not import: ${outcome.status}`);
}

/**
 * Node and relationship counts plus a checksum of every label and property (Trellis's own bookkeeping aside: the
 * metadata node, the imports' change records, the engagement chunks): equal means unchanged.
 */
export async function graphFingerprint(
  db: Database,
): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await rawRows(
    db,
    'MATCH (n) WHERE NOT (n:TrellisMeta OR n:DataChange OR n:EngagementChunk) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await rawRows(
    db,
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const text = [...nodes, ...relationships].map(stableJson).sort().join('\n');
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    checksum: createHash('sha256').update(text).digest('hex'),
  };
}

export async function rawRows(db: Database, query: string): Promise<Row[]> {
  const session = db.session('READ');
  try {
    return (await session.run(query)).records.map(recordToRow);
  } finally {
    await session.close();
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
