/**
 * The app under test, in-process: createApp with a token of each role, a database monitor, and Node's fetch
 * against app.listen(0). Options override the console settings and limits (e.g. plan gate off).
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { AnalyticsEngine } from '../../../server/analytics/engine.ts';
import { createApp } from '../../../server/api/app.ts';
import type { AppDeps } from '../../../server/api/appDeps.ts';
import { DatabaseHealth } from '../../../server/api/databaseHealth.ts';
import type { Role } from '../../../server/auth/roles.ts';
import { TokenStore, sha256Hex } from '../../../server/auth/tokenStore.ts';
import type { Database } from '../../../server/db/database.ts';
import { createLogger } from '../../../server/log.ts';

export type Caller = 'none' | Role;

export interface TestApp {
  base: string;
  tokens: Record<Role, string>;
  deps: AppDeps;
  /** fetch with the token of `as` (none: no Authorization header). */
  call(path: string, init?: RequestInit & { as?: Caller; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestApp(db: Database, overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const tokens = { viewer: token(), analyst: token(), admin: token() };
  const store = new TokenStore(
    (Object.entries(tokens) as Array<[Role, string]>).map(([role, value]) => ({
      tokenSha256: sha256Hex(value),
      role,
      label: `test ${role}`,
    })),
  );
  const health = new DatabaseHealth(db);
  await health.start();
  const deps: AppDeps = {
    db,
    log: createLogger('silent'),
    readiness: { schemaApplied: true, shuttingDown: false },
    health,
    tokens: store,
    console: { timeoutMs: 10_000, maxRows: 1_000, planGate: true },
    analytics: new AnalyticsEngine(db),
    privacy: { minGroupSize: 5 },
    rateLimitPerMinute: 10_000,
    jsonLimitBytes: 256 * 1024,
    importLimitBytes: 8 * 1024 * 1024,
    ...overrides,
  };
  const server = createApp(deps).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: TestApp['call'] = (path, init = {}) => {
    const { as = 'none', json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as !== 'none') headers.set('authorization', `Bearer ${tokens[as]}`);
    if (json !== undefined) headers.set('content-type', 'application/json');
    const body = json !== undefined ? JSON.stringify(json) : rest.body;
    return fetch(`${base}${path}`, {
      ...rest,
      headers,
      body,
      method: rest.method ?? (json ? 'POST' : 'GET'),
    });
  };
  const close = async () => {
    health.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { base, tokens, deps, call, close };
}

function token(): string {
  return randomBytes(24).toString('base64url');
}

/** Runs a console query as an analyst and returns status and body. */
export async function consoleQuery(app: TestApp, query: string, extra: Record<string, unknown> = {}) {
  const res = await app.call('/api/cypher', { as: 'analyst', json: { query, ...extra } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}
