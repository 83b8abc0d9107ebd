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
import { createLogger } from '../server/log.ts';

export interface LoadServers {
  trellis: string;
  plain: string;
  tokens: Record<Role, string>;
  analytics: AnalyticsEngine;
  close(): Promise<void>;
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
