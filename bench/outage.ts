/**
 * Database outage: a managed Neo4j is stopped under the running service and started again on the same store
 * and port. Measured: how fast a database route refuses while it is down (against /api/health, which needs no
 * database, in the same run), and how long after the database is back the service answers again (against a
 * new driver's first answer from the same database: what any client waits for a restarted Neo4j).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManagedNeo4jConfig } from '../server/config.ts';
import { applySchema } from '../server/db/connect.ts';
import { Database } from '../server/db/database.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../server/db/managedNeo4j.ts';
import { freePort } from '../server/db/ports.ts';
import { importData, readImportSource } from '../server/import/importer.ts';
import { startLoadServers, type LoadServers } from './loadServers.ts';
import { fmt, table } from './support.ts';

const ROUNDS = 3;
const TINY = fileURLToPath(new URL('../test/fixtures/import/tiny.json', import.meta.url));

interface Round {
  refusedMs: number;
  healthMs: number;
  recoveredMs: number;
  firstAnswerMs: number;
}

export async function benchOutage(): Promise<string> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-outage-'));
  const config: ManagedNeo4jConfig = {
    home,
    boltPort: await freePort(),
    heapMb: 768,
    pageCacheMb: 64,
    startTimeoutMs: 300_000,
  };
  let neo4j = await startManagedNeo4j(config, { report: () => {} });
  const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await applySchema(db);
  await importData(db, readImportSource(TINY));
  const servers = await startLoadServers(db);
  const rounds: Round[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      const round = await outageRound(servers, neo4j, config);
      neo4j = round.neo4j;
      rounds.push(round.figures);
    }
  } finally {
    await servers.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
  return report(rounds);
}

async function outageRound(servers: LoadServers, neo4j: ManagedNeo4j, config: ManagedNeo4jConfig) {
  const call = (route: string) => answerOf(servers, route);
  await neo4j.stop();
  await until(async () => (await call('/api/ready')).status === 503);
  const refusedMs = median(await repeat(10, async () => (await call('/api/stats')).ms));
  const healthMs = median(await repeat(10, async () => (await call('/api/health')).ms));
  const restarted = await startManagedNeo4j(config, { report: () => {} });
  const back = performance.now();
  const firstAnswer = firstAnswerOfNewDriver(restarted);
  await until(async () => (await call('/api/stats')).status === 200);
  const recoveredMs = performance.now() - back;
  return {
    neo4j: restarted,
    figures: { refusedMs, healthMs, recoveredMs, firstAnswerMs: await firstAnswer },
  };
}

/** How long a client that has never seen the database waits for its first answer after the return. */
async function firstAnswerOfNewDriver(neo4j: ManagedNeo4j): Promise<number> {
  const started = performance.now();
  const fresh = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await until(
      async () =>
        await fresh.read('meta/stats').then(
          () => true,
          () => false,
        ),
    );
    return performance.now() - started;
  } finally {
    await fresh.close();
  }
}

async function answerOf(servers: LoadServers, route: string) {
  const started = performance.now();
  const res = await fetch(`${servers.trellis}${route}`, {
    headers: { authorization: `Bearer ${servers.tokens.viewer}` },
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const bound = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > bound) throw new Error('the outage benchmark waited 120 s for a state change');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function repeat(times: number, work: () => Promise<number>): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await work());
  return values;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function report(rounds: Round[]): string {
  const rows = rounds.map((r, i) => [
    i + 1,
    fmt(r.refusedMs),
    fmt(r.healthMs),
    fmt(r.refusedMs / r.healthMs, 2),
    fmt(r.recoveredMs),
    fmt(r.firstAnswerMs),
    fmt(r.recoveredMs / r.firstAnswerMs, 2),
  ]);
  return [
    '## Database outage and recovery',
    '',
    'A managed Neo4j (tiny org) is stopped under the running service and started again on the same store and',
    'port, three times. While it is down: the median of 10 `/api/stats` answers (503) against 10 `/api/health`',
    'answers (no database) in the same moment. After its return: from the database answering its start check',
    "to the service's first 200 on `/api/stats`, against a new driver's first answer from the same database",
    '(what any client waits for). Goal: recovery < 5 s.',
    '',
    table(
      [
        'round',
        '503 ms',
        'health ms',
        '503 / health',
        'recovered ms',
        'new driver ms',
        'recovered / new driver',
      ],
      rows,
    ),
  ].join('\n');
}
