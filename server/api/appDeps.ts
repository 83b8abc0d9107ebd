/** What the app is built from (createApp in app.ts): the database, the engine, the settings it serves by. */
import type { AnalyticsEngine } from '../analytics/engine.ts';
import type { TokenStore } from '../auth/tokenStore.ts';
import type { ConsoleSettings } from '../console/runQuery.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import type { PrivacySettings } from '../views/privacy.ts';
import type { DatabaseHealth } from './databaseHealth.ts';
import type { ImportJobs } from './importJobs.ts';
import type { Readiness } from './routes/health.ts';

export interface AppDeps {
  db: Database;
  log: Logger;
  readiness: Readiness;
  /** The database monitor: started and stopped by whoever creates it (main.ts, tests). */
  health: DatabaseHealth;
  tokens: TokenStore;
  console: ConsoleSettings;
  /** Analytics per window, cached per data version. */
  analytics: AnalyticsEngine;
  privacy: PrivacySettings;
  rateLimitPerMinute: number;
  jsonLimitBytes: number;
  /** Largest import upload (POST /api/import), in bytes. */
  importLimitBytes: number;
  /** Where uploads are kept while an import runs (a folder per import, always removed); os.tmpdir() by default. */
  importTempDir?: string;
  /** Jobs of imports sent with ?async=1 (GET /api/import/jobs/:id); the import routes make one if absent. */
  importJobs?: ImportJobs;
  /** The built explorer (client/dist) served at `/`; absent: the API alone. */
  explorerDir?: string;
}
