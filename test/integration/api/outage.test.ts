/**
 * Database outage: a separate managed Neo4j is stopped under the running app, then started again on the same
 * store and port. While it is down, readiness is false and database routes answer 503 with Retry-After; after
 * its return everything works again, without restarting the app. The waits only bound a hang: how fast the
 * 503s come and how soon the service recovers are bench figures (`npm run bench -- outage`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedNeo4jConfig } from '../../../server/config.ts';
import { applySchema } from '../../../server/db/connect.ts';
import { pingDatabase } from '../../../server/api/databaseHealth.ts';
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
  config = { home, boltPort: await freePort(), heapMb: 768, pageCacheMb: 64, startTimeoutMs: 600_000 };
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

async function answer(path: string, init: Parameters<TestApp['call']>[1] = {}) {
  const res = await app.call(path, init);
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

const stats = () => answer('/api/stats');
const people = () =>
  answer('/api/cypher', { as: 'analyst', json: { query: 'MATCH (p:Person) RETURN count(p) AS people' } });

/** Polls until the check holds; the bound only turns a hang into a failure. */
async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const bound = Date.now() + HANG_BOUND_MS;
  while (!(await check())) {
    if (Date.now() > bound) throw new Error(`${what}: not within ${HANG_BOUND_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const HANG_BOUND_MS = 90_000;

/** Runs the event loop through `turns` timer turns: every ping the monitor had in flight is judged by then. */
async function pingsPass(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 1_000));
}

describe('a slow database is not an outage', () => {
  it('calls a paused database silent, not gone, and keeps the service ready while it answers no ping', async () => {
    process.kill(neo4j!.pid, 'SIGSTOP');
    try {
      expect(await pingDatabase(db, 300)).toBe('silent');
      await pingsPass(3);
      expect((await answer('/api/ready')).body).toMatchObject({ ready: true });
    } finally {
      process.kill(neo4j!.pid, 'SIGCONT');
    }
    await waitUntil(async () => (await pingDatabase(db)) === 'answered', 'answers again after SIGCONT');
    expect((await stats()).status).toBe(200);
  });

  it('never declares the database down because the event loop was busy', async () => {
    const blockedUntil = Date.now() + 3_000;
    while (Date.now() < blockedUntil); // a CPU-bound stretch on the thread that pings
    await pingsPass(2);
    expect((await answer('/api/ready')).body).toMatchObject({ ready: true });
    expect((await stats()).status).toBe(200);
  });
});

describe('database outage', () => {
  it('answers 503 with Retry-After while Neo4j is down, and recovers after its return without a restart', async () => {
    expect((await stats()).status).toBe(200);
    await neo4j!.stop();
    await waitUntil(async () => (await answer('/api/ready')).status === 503, 'readiness false');

    const ready = await answer('/api/ready');
    expect(ready.body).toMatchObject({ ready: false, checks: { database: false } });
    for (const refused of [await stats(), await people()]) {
      expect(refused.status).toBe(503);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ code: 'database_unavailable', status: 503 });
    }
    expect((await answer('/api/health')).status).toBe(200);

    neo4j = await startManagedNeo4j(config, { report: () => {} });
    await waitUntil(
      async () => (await stats()).status === 200 && (await people()).status === 200,
      'recovery after Neo4j is back',
    );
    expect((await people()).body.rows).toEqual([[4]]);
    expect((await answer('/api/ready')).body).toMatchObject({ ready: true });
  });
});
