/**
 * The console's one deadline counts from the request's arrival, the wait for a worker included: with the only
 * worker busy, a queued query whose time runs out is answered 504 (stage queued) before the busy query ends,
 * without running; the busy query still gets its own 504, and the console answers normally after. Over HTTP,
 * a 504 says at which stage the query ran out of time. Real Neo4j, real worker threads; no clock asserts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleQuery, type ConsoleSettings } from '../../server/console/runQuery.ts';
import { ConsoleWorkers } from '../../server/console/workerPool.ts';
import type { Database } from '../../server/db/database.ts';
import { TrellisError } from '../../server/errors.ts';
import { connectTestDatabase } from '../support/db.ts';
import { consoleQuery, startTestApp } from './api/appHarness.ts';

/** Runs on Neo4j until its time limit (a cartesian product of 10^10 rows). */
const BUSY =
  'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -7 RETURN count(*)';
const SETTINGS: ConsoleSettings = { timeoutMs: 8_000, maxRows: 100, planGate: true };

let db: Database;
let pool: ConsoleWorkers;
beforeAll(async () => {
  db = await connectTestDatabase();
  pool = new ConsoleWorkers(db.credentials(), { workers: 1, heapMb: 128 });
});
afterAll(async () => {
  await pool?.close();
  await db?.close();
});

/** Whether Neo4j is running the busy query itself now (not the plan gate's EXPLAIN of it). */
async function busyRunning(): Promise<boolean> {
  const session = db.session('READ');
  try {
    const result = await session.run(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'a * b = -7' " +
        "AND NOT currentQuery CONTAINS 'EXPLAIN' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    );
    return Number(result.records[0]!.get('n')) > 0;
  } finally {
    await session.close();
  }
}

/** The settled outcome of a console run: its problem (code and extensions) or 'answered'. */
async function outcome(run: Promise<Buffer>) {
  try {
    await run;
    return { answered: true };
  } catch (error) {
    if (!(error instanceof TrellisError)) throw error;
    return { code: error.code, message: error.message, ...(error.details as object) };
  }
}

describe('a console query waiting for a worker', () => {
  it('is answered 504 (stage queued) when its time runs out in the queue, before the busy query ends', async () => {
    const settled: string[] = [];
    const busy = outcome(runConsoleQuery(db, pool, { query: BUSY }, SETTINGS)).finally(() =>
      settled.push('busy'),
    );
    for (let i = 0; i < 600 && !(await busyRunning()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await busyRunning()).toBe(true); // the pool's only worker is taken

    const short = { ...SETTINGS, timeoutMs: 300, planGate: false }; // straight to the queue: no gate time
    const queued = await outcome(runConsoleQuery(db, pool, { query: 'RETURN 1 AS x' }, short));
    settled.push('queued');
    expect(queued).toMatchObject({ code: 'query_timeout', stage: 'queued' });
    expect((queued as { message: string }).message).toMatch(/waiting for a console worker.*did not run/);

    expect(await busy).toMatchObject({ code: 'query_timeout', stage: 'running' });
    expect(settled).toEqual(['queued', 'busy']); // the queued one did not wait for the busy one to end

    const next = JSON.parse(
      (await runConsoleQuery(db, pool, { query: 'RETURN 1 AS x' }, SETTINGS)).toString(),
    );
    expect(next.rows).toEqual([[1]]);
  });

  it('does not run when its request arrived longer ago than the time limit', async () => {
    const arrivedAt = Date.now() - SETTINGS.timeoutMs; // e.g. a request that waited elsewhere first
    const noGate = { ...SETTINGS, planGate: false };
    const late = await outcome(runConsoleQuery(db, pool, { query: 'RETURN 1 AS x' }, noGate, arrivedAt));
    expect(late).toMatchObject({ code: 'query_timeout', stage: 'queued' });
  });
});

describe('POST /api/cypher at the time limit', () => {
  it('answers 504 problem+json that says the query ran out of time while running', async () => {
    const app = await startTestApp(db, {
      console: { timeoutMs: 3_000, maxRows: 100, planGate: true, workers: 1 },
    });
    try {
      // A first query starts the pool's thread; its start counts against that query's time, not this one's.
      expect((await consoleQuery(app, 'RETURN 1 AS warm')).status).toBe(200);
      const { status, headers, body } = await consoleQuery(app, BUSY);
      expect(status).toBe(504);
      expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ code: 'query_timeout', stage: 'running' });
      expect((await consoleQuery(app, 'RETURN 1 AS x')).body.rows).toEqual([[1]]);
    } finally {
      await app.close();
    }
  });
});
