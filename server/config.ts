/**
 * Trellis configuration: read once from the environment, validated with zod, passed down. No other module
 * reads process.env. Each bad value gets its own line saying which variable, what is wrong and what to set.
 */
import path from 'node:path';
import { z } from 'zod';
import { TrellisError } from './errors.ts';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRELLIS_DATA_DIR: z.string().min(1).default('.trellis'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like neo4j://host:7687 or bolt+s://host:7687')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP_MB: positiveInt.default(2048),
  NEO4J_PAGECACHE_MB: positiveInt.default(512),
  NEO4J_START_TIMEOUT_S: positiveInt.default(180),
  TRELLIS_DEMO: flag.default(true),
  TRELLIS_DEMO_SIZE: z.enum(['s', 'm', 'l', 'xl']).default('s'),
  TRELLIS_DEMO_SEED: z.coerce.number().int().min(0).default(42),
  TRELLIS_TOKENS_FILE: z.string().min(1).optional(),
  TRELLIS_CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  TRELLIS_CONSOLE_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  TRELLIS_CONSOLE_MAX_MB: z.coerce.number().int().min(1).max(256).default(10),
  TRELLIS_CONSOLE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  TRELLIS_CONSOLE_WORKER_HEAP_MB: z.coerce.number().int().min(64).max(4_096).default(256),
  TRELLIS_RATE_LIMIT_PER_MINUTE: positiveInt.default(60),
  TRELLIS_JSON_LIMIT_KB: positiveInt.max(10_240).default(256),
  TRELLIS_MIN_GROUP_SIZE: z.coerce.number().int().min(1).max(1000).default(5),
  TRELLIS_IMPORT_LIMIT_MB: positiveInt.max(4_096).default(256),
  TRELLIS_ANALYTICS_CONCURRENCY: positiveInt.max(16).optional(),
  TRELLIS_WINDOWS_PER_TOKEN: positiveInt.max(100).default(3),
  TRELLIS_RETENTION_MONTHS: positiveInt.max(1_200).optional(),
  TRELLIS_DIGEST_WEBHOOK: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});

export interface ManagedNeo4jConfig {
  /** Folder of the managed database (store, logs, password file). */
  home: string;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
  /** Memory one transaction may use, in MB (default 60% of the heap; tests lower it). */
  txMaxMb?: number;
}

export interface Neo4jConfig {
  /** Set when Trellis uses a server of the user's; absent for the managed local Neo4j. */
  external?: { uri: string; user: string; password: string; database?: string };
  managed: ManagedNeo4jConfig;
}

export interface ApiConfig {
  /** JSON file of { tokenSha256, role, label } entries: tokens are stored hashed only. */
  tokensFile: string;
  /** True when the tokens file is the local default, created with an admin token when missing. */
  createDefaultToken: boolean;
  /** Console caps: time, rows, answer bytes; query worker threads and each one's heap (MB). */
  console: { timeoutMs: number; maxRows: number; maxBytes: number; workers: number; workerHeapMb: number };
  /** Requests per minute and token on expensive routes (console, analytics, export). */
  rateLimitPerMinute: number;
  jsonLimitBytes: number;
  /** Smallest group of people an answer for a viewer may show (the privacy floor). */
  minGroupSize: number;
  /** Largest upload POST /api/import accepts (the whole body, all CSV files together). */
  importLimitBytes: number;
}

export interface Config {
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  dataDir: string;
  neo4j: Neo4jConfig;
  demo: { load: boolean; size: 's' | 'm' | 'l' | 'xl'; seed: number };
  api: ApiConfig;
  /** Windows computed at once (default: the engine's, by core count) and distinct windows in flight per token. */
  analytics: { concurrency?: number; windowsPerToken: number };
  /** Engagements and feedback older than this many months are removed at start and daily; unset: kept. */
  retentionMonths?: number;
  /** Incoming webhook (Slack, Teams) `npm run digest` posts the digest to; unset: nothing is sent. */
  digestWebhook?: string;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new TrellisError('config_invalid', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new TrellisError(
      'config_invalid',
      'Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set',
    );
  }
  const dataDir = path.resolve(e.TRELLIS_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir,
    neo4j: {
      external: e.NEO4J_URI
        ? {
            uri: e.NEO4J_URI,
            user: e.NEO4J_USER,
            password: e.NEO4J_PASSWORD ?? '',
            database: e.NEO4J_DATABASE,
          }
        : undefined,
      managed: {
        home: path.join(dataDir, 'neo4j'),
        boltPort: e.NEO4J_BOLT_PORT,
        heapMb: e.NEO4J_HEAP_MB,
        pageCacheMb: e.NEO4J_PAGECACHE_MB,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_S * 1000,
      },
    },
    analytics: { concurrency: e.TRELLIS_ANALYTICS_CONCURRENCY, windowsPerToken: e.TRELLIS_WINDOWS_PER_TOKEN },
    retentionMonths: e.TRELLIS_RETENTION_MONTHS,
    digestWebhook: e.TRELLIS_DIGEST_WEBHOOK,
    demo: { load: e.TRELLIS_DEMO, size: e.TRELLIS_DEMO_SIZE, seed: e.TRELLIS_DEMO_SEED },
    api: {
      tokensFile: path.resolve(e.TRELLIS_TOKENS_FILE ?? path.join(dataDir, 'tokens.json')),
      createDefaultToken: !e.TRELLIS_TOKENS_FILE,
      console: {
        timeoutMs: e.TRELLIS_CONSOLE_TIMEOUT_MS,
        maxRows: e.TRELLIS_CONSOLE_MAX_ROWS,
        maxBytes: e.TRELLIS_CONSOLE_MAX_MB * 1024 * 1024,
        workers: e.TRELLIS_CONSOLE_WORKERS,
        workerHeapMb: e.TRELLIS_CONSOLE_WORKER_HEAP_MB,
      },
      rateLimitPerMinute: e.TRELLIS_RATE_LIMIT_PER_MINUTE,
      jsonLimitBytes: e.TRELLIS_JSON_LIMIT_KB * 1024,
      minGroupSize: e.TRELLIS_MIN_GROUP_SIZE,
      importLimitBytes: e.TRELLIS_IMPORT_LIMIT_MB * 1024 * 1024,
    },
  };
}
