/**
 * Database outage: a separate managed Neo4j is stopped under the running app, then started again on the same
 * store and port. While it is down, readiness is false and database routes answer 503 with Retry-After at
 * once; within 5 s of its return everything works again, without restarting the app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedNeo4jConfig } from '../../../server/config.ts';
import { applySchema } from '../../../server/db/connect.ts';
import { Database } from '../../../server/db/database.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../../../server/db/managedNeo4j.ts';
import { freePort } from '../../../server/db/ports.ts';
import { startTestApp, type TestApp } from './appHarness.ts';
import { seedTiny } from './seed.ts';

let config: ManagedNeo4jConfig;
let neo4j: ManagedNeo4j | undefined;
let db: Database;
let app: TestApp;

beforeAll(async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-outage-'));
  config = { home, boltPort: await freePort(), heapMb: 768, pageCacheMb: 64, startTimeoutMs: 300_000 };
  neo4j = await startManagedNeo4j(config, { report: () => {} });
  db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await applySchema(db);
  await seedTiny(db);
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  await neo4j?.stop();
  if (config) fs.rmSync(config.home, { recursive: true, force: true });
});

async function timed(path: string, init: Parameters<TestApp['call']>[1] = {}) {
  const started = Date.now();
  const res = await app.call(path, init);
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body, ms: Date.now() - started };
}

const stats = () => timed('/api/stats');
const people = () =>
  timed('/api/cypher', { as: 'analyst', json: { query: 'MATCH (p:Person) RETURN count(p) AS people' } });

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe('database outage', () => {
  it('answers 503 with Retry-After while Neo4j is down, and recovers within 5 s of its return', async () => {
    expect((await stats()).status).toBe(200);
    await neo4j!.stop();
    await waitUntil(async () => (await timed('/api/ready')).status === 503, 5_000);

    const ready = await timed('/api/ready');
    expect(ready.body).toMatchObject({ ready: false, checks: { database: false } });
    for (const answer of [await stats(), await people()]) {
      expect(answer.status).toBe(503);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body).toMatchObject({ code: 'database_unavailable', status: 503 });
      expect(answer.ms).toBeLessThan(500);
    }
    expect((await timed('/api/health')).status).toBe(200);

    neo4j = await startManagedNeo4j(config, { report: () => {} });
    const recovered = await waitUntil(
      async () => (await stats()).status === 200 && (await people()).status === 200,
      5_000,
    );
    process.stderr.write(`recovered ${recovered} ms after Neo4j was back\n`);
    expect(recovered).toBeLessThan(5_000);
    expect((await people()).body.rows).toEqual([[4]]);
    expect((await timed('/api/ready')).body).toMatchObject({ ready: true });
  });
});
