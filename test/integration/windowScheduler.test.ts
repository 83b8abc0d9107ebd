/**
 * Window computations off the HTTP thread, against the real Neo4j: requests for one window share one
 * computation; a computation nobody waits for stops (its transactions end, its thread stops it and serves on —
 * or is terminated when it does not stop in time — and the window is computed afresh when asked again); and a
 * slider storm — one caller asking for window after window,
 * aborting each previous request — leaves health and a cached answer of another caller untouched: no 503.
 */
import { describe, expect, it } from 'vitest';
import { WorkerPool, type PoolOptions } from '../../server/analytics/compute/workerPool.ts';
import type { WorkerReply } from '../../server/analytics/compute/protocol.ts';
import type { AnalyticsEngine } from '../../server/analytics/engine.ts';
import type { Database } from '../../server/db/database.ts';
import { until } from '../support/until.ts';
import { useDemoApp } from './api/demoApp.ts';

const demo = useDemoApp('s', 11);
const engine = () => demo.app.deps.analytics as AnalyticsEngine;

/** Transactions of compute workers (tagged with their task) that Neo4j is running now. */
async function computeTransactions(db: Database): Promise<number> {
  const session = db.session('READ');
  try {
    const result = await session.run(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.trellisTask IS NOT NULL RETURN count(*) AS n',
    );
    return Number(result.records[0]!.get('n'));
  } finally {
    await session.close();
  }
}

describe('window computations', () => {
  it('shares one computation between concurrent requests for the same window', async () => {
    const before = engine().stats().started;
    const answers = await Promise.all(
      ['viewer', 'analyst', 'viewer'].map((as) =>
        demo.app.call('/api/silos?window=77d', { as: as as 'viewer' | 'analyst' }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(engine().stats().started - before).toBe(1);
  });

  it('stops a computation nobody waits for: its queries end, and it is not kept', async () => {
    const before = engine().stats();
    const gone = new AbortController();
    const computing = engine().forWindow('58d', {
      signal: gone.signal,
      onStep: (step) => step === 'projection' && gone.abort(),
    });
    await expect(computing).rejects.toMatchObject({ name: 'AbortError' });
    expect(engine().stats().cancelled - before.cancelled).toBe(1);
    const ended = () => engine().stats().stopped + engine().stats().terminated;
    await until(() => ended() === before.stopped + before.terminated + 1);
    await until(async () => (await computeTransactions(demo.db)) === 0);
    expect(engine().stats().completed).toBe(before.completed);
    await engine().forWindow('58d', { need: 'base' });
    expect(engine().stats().started - before.started).toBe(2);
  });

  it('computes the micro cycle of person pairs only for a view that reads it, beside the base it keeps', async () => {
    const steps: string[] = [];
    const onStep = (step: string) => void steps.push(step);
    const base = await engine().forWindow('59d', { need: 'base', onStep });
    expect(steps).toContain('projection');
    expect(steps).not.toContain('person pairs');
    expect(() => base.dyads).toThrow(/did not ask for it/);
    const withPairs = await engine().forWindow('59d', { need: 'dyads', onStep });
    expect(steps.filter((step) => step === 'person pairs')).toHaveLength(1);
    expect(steps.filter((step) => step === 'projection')).toHaveLength(1); // the base was kept
    const between = withPairs.dyads.filter((dyad) => dyad.unitA !== dyad.unitB);
    expect(between.length).toBeGreaterThan(0);
    const sum = (counts: Array<{ count: number }>) => counts.reduce((total, { count }) => total + count, 0);
    expect(sum(between)).toBe(sum(withPairs.engagement.micro.unitPairs));
  });

  it("leaves the people's brokerage to the views that list people, and adds it to the network then", async () => {
    const steps: string[] = [];
    const onStep = (step: string) => void steps.push(step);
    const units = await engine().forWindow('61d', { need: 'network', onStep });
    expect(steps).not.toContain('brokerage');
    expect(units.network.isolation.units.length).toBeGreaterThan(0);
    expect(() => units.network.constraint).toThrow(/did not ask for it/);
    const people = await engine().forWindow('61d', { need: 'people', onStep });
    expect(steps.filter((step) => step === 'brokerage')).toHaveLength(1);
    const [person, value] = Object.entries(people.network.constraint.values).find(([, v]) => v !== null)!;
    expect(people.people.constraint![person]).toBe(value);
    expect(people.network.isolation).toEqual(units.network.isolation);
  });

  /** Runs a window's families on a pool of its own and cancels the task when its projection starts. */
  async function cancelAtProjection(options: PoolOptions): Promise<{ pool: WorkerPool; thread?: number }> {
    const { window, dataVersion } = await engine().resolve('57d');
    const pool = new WorkerPool({ credentials: demo.db.credentials(), options: {} }, options);
    const families = ['base', 'network', 'people'] as const;
    let cancel = () => {};
    const onReply = (reply: WorkerReply) => reply.type === 'step' && reply.step === 'projection' && cancel();
    const run = pool.run({ window, dataVersion, families: [...families] }, onReply);
    cancel = run.cancel;
    await run.done;
    return { pool, thread: run.thread };
  }

  it('keeps a thread that stopped its cancelled task, compiled code and all, and runs the next task on it', async () => {
    const { pool, thread } = await cancelAtProjection({ spares: 0, stopGraceMs: 600_000 });
    try {
      await until(() => pool.stops.stopped === 1);
      expect(pool.stops.terminated).toBe(0);
      expect(pool.threads).toBe(1);
      const families: string[] = [];
      const { window, dataVersion } = await engine().resolve('57d');
      const next = pool.run({ window, dataVersion, families: ['base'] }, (reply) => {
        if (reply.type === 'family') families.push(reply.family);
      });
      await next.done;
      expect(families).toEqual(['base']);
      expect(next.thread).toBe(thread);
      expect(pool.threads).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('gives the next task to a stopping thread that has computed more than every idle one, not to a new spare', async () => {
    const { window, dataVersion } = await engine().resolve('56d');
    const options = { spares: 2, stopGraceMs: 600_000 };
    const pool = new WorkerPool({ credentials: demo.db.credentials(), options: {} }, options);
    try {
      pool.prestart();
      const first = pool.run({ window, dataVersion, families: ['base'] }, () => {});
      await first.done;
      let cancel = () => {};
      const onReply = (reply: WorkerReply) =>
        reply.type === 'step' && reply.step === 'projection' && cancel();
      // every family, as cancelAtProjection asks: enough work after the projection that the stop lands first
      const second = pool.run({ window, dataVersion, families: ['base', 'network', 'people'] }, onReply);
      cancel = second.cancel;
      await second.done;
      expect(second.thread).toBe(first.thread);
      const third = pool.run({ window, dataVersion, families: ['base'] }, () => {});
      await third.done;
      expect(third.thread).toBe(first.thread);
      expect(pool.stops.stopped).toBe(1);
      expect(pool.threads).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('terminates a thread that has not stopped its cancelled task within the grace, and starts another', async () => {
    const { pool } = await cancelAtProjection({ spares: 1, stopGraceMs: 0 });
    try {
      await until(() => pool.stops.terminated === 1);
      expect(pool.stops.stopped).toBe(0);
      await until(() => pool.threads === 1);
    } finally {
      await pool.close();
    }
  });

  it('answers health and a cached answer throughout a slider storm, and the last window after it', async () => {
    const cached = await demo.app.call('/api/silos?window=90d', { as: 'viewer' });
    expect(cached.status).toBe(200);
    const etag = cached.headers.get('etag');
    let storming = true;
    const seen: Array<{ path: string; status: number; etag: string | null }> = [];
    const bystander = (async () => {
      while (storming) {
        for (const path of ['/api/health', '/api/silos?window=90d']) {
          const response = await demo.app.call(path, { as: 'viewer' });
          seen.push({ path, status: response.status, etag: response.headers.get('etag') });
          await response.arrayBuffer();
        }
      }
    })();
    const windows = Array.from({ length: 12 }, (_, i) => `${40 + i}d`);
    let previous: AbortController | undefined;
    let last: Promise<Response> | undefined;
    for (const window of windows) {
      previous?.abort();
      previous = new AbortController();
      last = demo.app.call(`/api/graph?level=unit&window=${window}`, {
        as: 'analyst',
        signal: previous.signal,
      });
      last.catch(() => {}); // aborted on purpose
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const answer = await last!;
    storming = false;
    await bystander;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { window: { key: string } }).window.key).toBe(windows.at(-1));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter((s) => s.status !== 200)).toEqual([]);
    expect(new Set(seen.filter((s) => s.path.startsWith('/api/silos')).map((s) => s.etag))).toEqual(
      new Set([etag]),
    );
  });
});
