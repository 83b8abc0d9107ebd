/**
 * `npm start`: configuration → Neo4j (managed local, or NEO4J_URI) → schema → demo org when empty → HTTP.
 * Start-up problems print one clear message and what to do, never a stack trace. SIGTERM/SIGINT: readiness
 * goes false, in-flight requests finish, the driver closes and the managed Neo4j stops cleanly.
 */
import type { Server } from 'node:http';
import { AnalyticsEngine, SERVICE_ENGINE_OPTIONS } from './analytics/engine.ts';
import { WarmUp } from './analytics/compute/warmUp.ts';
import { CLIENT_DIST } from './explorer/build.ts';
import { createApp } from './api/app.ts';
import { DatabaseHealth } from './api/databaseHealth.ts';
import type { Readiness } from './api/routes/health.ts';
import { ensureDefaultAdminToken } from './auth/defaultToken.ts';
import { readTokenStore, type TokenStore } from './auth/tokenStore.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type OpenDatabase } from './db/connect.ts';
import { assertPortFree } from './db/ports.ts';
import type { Database } from './db/database.ts';
import { dropBefore, retentionCutoff } from './import/erasure.ts';
import { discardStaging } from './import/stagingTransactions.ts';
import { loadDemoIfEmpty } from './demo.ts';
import { TrellisError } from './errors.ts';
import { createLogger, type Logger } from './log.ts';

const SHUTDOWN_GRACE_MS = 10_000;
const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  await assertPortFree(config.port, 'the Trellis HTTP service (PORT)', config.host);
  const tokens = loadTokens(config);
  const monitor: { health?: DatabaseHealth } = {}; // the supervisor's hooks need what is built after it
  const hooks = { down: () => monitor.health?.markDown(), gaveUp: () => void giveUp(database, log) };
  const database = await openDatabase(config.neo4j, { report: say, supervise: { log, hooks } });
  const readiness: Readiness = { schemaApplied: true, shuttingDown: false, supervisor: database.supervisor };
  try {
    const { rolledBack } = await discardStaging(database.db); // an import that died mid-switch: all or nothing
    if (rolledBack > 0)
      log.warn({ rolledBack }, 'rolled back an import that stopped while switching its data');
    if (config.demo.load) await loadDemoIfEmpty(database.db, config.demo, say);
  } catch (error) {
    await database.close();
    throw error;
  }
  const health = (monitor.health = new DatabaseHealth(database.db, log));
  await health.start();
  const analytics = new AnalyticsEngine(database.db, { ...SERVICE_ENGINE_OPTIONS, ...config.analytics });
  analytics.prestart();
  const app = createApp({
    db: database.db,
    log,
    readiness,
    health,
    tokens,
    console: { ...config.api.console, planGate: true },
    analytics,
    privacy: { minGroupSize: config.api.minGroupSize },
    rateLimitPerMinute: config.api.rateLimitPerMinute,
    jsonLimitBytes: config.api.jsonLimitBytes,
    importLimitBytes: config.api.importLimitBytes,
    explorerDir: CLIENT_DIST,
  });
  const server = app.listen(config.port, config.host);
  server.once('listening', () => {
    announce(config, database);
    keepWarm(analytics, log);
    if (config.retentionMonths) keepRetention(database.db, analytics, config.retentionMonths, log);
  });
  onSignals(() => shutdown(server, database, readiness, health, log));
}

const DAY_MS = 86_400_000;

/** Drops engagements and feedback older than the retention period now and once a day. */
function keepRetention(db: Database, analytics: AnalyticsEngine, months: number, log: Logger): void {
  const run = () =>
    dropBefore(db, retentionCutoff(months)).then(
      (removed) => {
        if (removed.engagements + removed.feedback > 0) analytics.dataChanged();
        log.info({ ...removed, months }, 'retention applied');
      },
      (error: unknown) => log.warn({ err: error }, 'retention not applied; it is tried again in a day'),
    );
  void run();
  setInterval(() => void run(), DAY_MS).unref();
}

/** The managed Neo4j cannot be brought back: exit non-zero, so that whatever runs Trellis restarts it. */
async function giveUp(database: OpenDatabase, log: Logger): Promise<void> {
  say('The managed Neo4j died and could not be restarted; Trellis stops (exit code 1).');
  log.error('stopping: the database could not be restarted');
  await database.close().catch(() => {});
  process.exit(1);
}

/** The tokens file; the local default creates it with one admin token and says where the token is. */
function loadTokens(config: Config): TokenStore {
  const created = config.api.createDefaultToken ? ensureDefaultAdminToken(config.api.tokensFile) : undefined;
  if (created) say(`Created an admin API token; it is in ${created.tokenFile} (readable by you only).`);
  const tokens = readTokenStore(config.api.tokensFile);
  if (tokens.size === 0) say(`Warning: ${config.api.tokensFile} holds no tokens; only public routes answer.`);
  return tokens;
}

/** Precomputes the presets and monthly snapshots now and after each import, at the lowest priority. */
function keepWarm(analytics: AnalyticsEngine, log: Logger): void {
  const warmUp = new WarmUp(analytics);
  const run = () =>
    warmUp.start().then(
      (report) => log.info(report, 'windows warmed up'),
      (error: unknown) => log.warn({ err: error }, 'warm-up stopped; windows will be computed on request'),
    );
  analytics.onDataChanged(run);
  void run();
}

function announce(config: Config, database: OpenDatabase): void {
  const where = database.managed
    ? `managed local Neo4j at ${database.managed.uri}`
    : `Neo4j at ${config.neo4j.external?.uri}`;
  say(`Trellis is up: http://${config.host}:${config.port}/  (${where})`);
}

function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    say('Shutting down…');
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}

async function shutdown(
  server: Server,
  database: OpenDatabase,
  readiness: Readiness,
  health: DatabaseHealth,
  log: Logger,
): Promise<void> {
  readiness.shuttingDown = true;
  database.supervisor?.release();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const forced = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  await closed;
  clearTimeout(forced);
  health.stop();
  await database.close();
  log.info('stopped');
}

main().catch((error: unknown) => {
  say(
    error instanceof TrellisError ? error.describe() : `Trellis could not start: ${(error as Error).message}`,
  );
  process.exit(1);
});
