/**
 * The per-token bound on distinct cold windows (TRELLIS_WINDOWS_PER_TOKEN) over HTTP: one token asking for
 * more distinct cold windows at once than the bound gets 429 problem+json with Retry-After for the windows that
 * gave way, and the last one it asked for; meanwhile another token's cold window, a cached window and health
 * keep answering 200. The engine is built from the configuration exactly as main.ts builds it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine, SERVICE_ENGINE_OPTIONS } from '../../../server/analytics/engine.ts';
import { loadConfig } from '../../../server/config.ts';
import type { Database } from '../../../server/db/database.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { importDemoOrg } from '../../support/demoOrg.ts';
import { startTestApp, type TestApp } from './appHarness.ts';

const config = loadConfig({ TRELLIS_WINDOWS_PER_TOKEN: '2', TRELLIS_ANALYTICS_CONCURRENCY: '1' });
const BOUND = config.analytics.windowsPerToken;

let db: Database;
let app: TestApp;
let engine: AnalyticsEngine;
beforeAll(async () => {
  db = await connectTestDatabase();
  await importDemoOrg(db, 's', 11);
  engine = new AnalyticsEngine(db, { ...SERVICE_ENGINE_OPTIONS, ...config.analytics });
  app = await startTestApp(db, { analytics: engine });
});
afterAll(async () => {
  await app?.close();
  await engine?.close();
  await db?.close();
});

interface Answer {
  path: string;
  status: number;
  retryAfter: string | null;
  type: string | null;
  body: Record<string, unknown>;
}

async function ask(path: string, as: 'viewer' | 'analyst'): Promise<Answer> {
  const res = await app.call(path, { as });
  const text = await res.text();
  const body = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {};
  return {
    path,
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    type: res.headers.get('content-type'),
    body,
  };
}

describe('distinct cold windows per token', () => {
  it('answers 429 with Retry-After past the bound, while another token, a cached window and health answer', async () => {
    expect(BOUND).toBe(2);
    const cached = await ask('/api/silos?window=90d', 'viewer');
    expect(cached.status).toBe(200);
    const cachedTag = (await app.call('/api/silos?window=90d', { as: 'viewer' })).headers.get('etag');

    const windows = ['31d', '32d', '33d', '34d', '35d', '36d'];
    const storm = Promise.all(windows.map((w) => ask(`/api/silos?window=${w}`, 'analyst')));
    let storming = true;
    void storm.finally(() => (storming = false));
    const other = ask('/api/silos?window=61d', 'viewer'); // another token's cold window
    const bystander: Array<{ path: string; status: number; etag: string | null }> = [];
    while (storming) {
      for (const path of ['/api/health', '/api/silos?window=90d']) {
        const res = await app.call(path, { as: 'viewer' });
        bystander.push({ path, status: res.status, etag: res.headers.get('etag') });
        await res.arrayBuffer();
      }
    }
    const answers = await storm;

    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status !== 429).map((a) => a.status)).toEqual(
      answers.filter((a) => a.status !== 429).map(() => 200),
    );
    for (const answer of refused) {
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body).toMatchObject({ status: 429, code: 'rate_limited' });
      // Says what happened and what to do, without echoing the window asked for.
      expect(answer.body.detail).toMatch(/At most 2 windows per token.*ask for it again after Retry-After/i);
      expect(JSON.stringify(answer.body)).not.toContain(answer.path.split('=')[1]);
    }
    expect((await other).status).toBe(200);
    expect(bystander.length).toBeGreaterThan(0);
    expect(bystander.filter((b) => b.status !== 200)).toEqual([]);
    expect(new Set(bystander.filter((b) => b.path !== '/api/health').map((b) => b.etag))).toEqual(
      new Set([cachedTag]),
    );

    // Asked again one at a time, a window that gave way answers.
    const again = await ask(refused[0]!.path, 'analyst');
    expect(again.status).toBe(200);
  });
});
