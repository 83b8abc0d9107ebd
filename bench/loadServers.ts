/**
 * The servers the load benchmark measures, in this process: the Trellis app as `npm start` builds it (its
 * whole middleware chain, request logs at info written to the null device, a token per role) and a plain
 * Express route as the baseline. Both listen on 127.0.0.1 on free ports.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import express from 'express';
import { AnalyticsEngine, SERVICE_ENGINE_OPTIONS } from '../server/analytics/engine.ts';
import { createApp } from '../server/api/app.ts';
import { DatabaseHealth } from '../server/api/databaseHealth.ts';
import { ROLES, type Role } from '../server/auth/roles.ts';
import { TokenStore, sha256Hex } from '../server/auth/tokenStore.ts';
import type { Database } from '../server/db/database.ts';
import { importData } from '../server/import/importer.ts';
import { rawFromBundle } from '../server/import/rawBundle.ts';
import type { Bundle } from '../server/schema/bundle.ts';
import { generateOrg } from '../seed/generate.ts';
import type { Size } from '../seed/org.ts';
import { startBenchDatabase } from './support.ts';
import { createLogger } from '../server/log.ts';

export interface LoadServers {
  trellis: string;
  plain: string;
  tokens: Record<Role, string>;
  analytics: AnalyticsEngine;
  close(): Promise<void>;
}

/**
 * A bench database with a demo org imported and the servers in front of it, for the length of `work`; both are
 * closed after it, whatever it does.
 */
export async function withDemoServers<T>(
  org: { size: Size; seed: number },
  work: (servers: LoadServers, bundle: Bundle) => Promise<T>,
): Promise<T> {
  const bench = await startBenchDatabase(4096);
  try {
    const { bundle } = generateOrg(org);
    const outcome = await importData(bench.db, {
      raw: rawFromBundle(bundle, `demo-${org.size}`),
      issues: [],
    });
    if (outcome.status !== 'imported') throw new Error(`the ${org.size} demo org did not import`);
    const servers = await startLoadServers(bench.db);
    try {
      return await work(servers, bundle);
    } finally {
      await servers.close();
    }
  } finally {
    await bench.close();
  }
}

export async function startLoadServers(db: Database): Promise<LoadServers> {
  const tokens = Object.fromEntries(
    ROLES.map((role) => [role, randomBytes(24).toString('base64url')]),
  ) as Record<Role, string>;
  const store = new TokenStore(
    ROLES.map((role) => ({ tokenSha256: sha256Hex(tokens[role]), role, label: `bench ${role}` })),
  );
  const log = createLogger('info', fs.createWriteStream(os.devNull));
  const health = new DatabaseHealth(db, log);
  await health.start();
  const analytics = new AnalyticsEngine(db, SERVICE_ENGINE_OPTIONS);
  const app = createApp({
    db,
    log,
    readiness: { schemaApplied: true, shuttingDown: false },
    health,
    tokens: store,
    console: { timeoutMs: 10_000, maxRows: 1_000, planGate: true },
    analytics,
    privacy: { minGroupSize: 5 },
    rateLimitPerMinute: 1_000_000_000, // the limiter still runs on every request, it just never refuses
    jsonLimitBytes: 256 * 1024,
    importLimitBytes: 256 * 2 ** 20,
  });
  const plainApp = express();
  plainApp.disable('x-powered-by');
  plainApp.get('/plain', (_req, res) => {
    res.json({ ok: true });
  });
  const servers = [await listen(app), await listen(plainApp)];
  return {
    trellis: servers[0]!.url,
    plain: servers[1]!.url,
    tokens,
    analytics,
    close: async () => {
      health.stop();
      await Promise.all(servers.map(({ server }) => close(server)));
    },
  };
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
