/** The messages between the HTTP thread and a console query worker (workerPool.ts ↔ queryWorker.ts). */
import type { Credentials } from '../db/database.ts';

/** Why an answer was cut: the row cap or the byte cap. */
export type TruncatedBy = 'rows' | 'bytes';

/** workerData: where the worker's own driver connects. */
export type WorkerSetup = Credentials;

export interface QueryJob {
  query: string;
  /** JSON parameters as the request gave them (integers become Neo4j integers in the worker). */
  parameters?: Record<string, unknown>;
  limit: number;
  maxBytes: number;
  /** Neo4j's transaction timeout for this query. */
  timeoutMs: number;
}

/** A Neo4j or driver error, reduced to what the HTTP thread maps (server/console/neo4jErrors.ts). */
export interface JobError {
  code?: string;
  message: string;
}

export type JobOutcome =
  | { ok: true; body: Uint8Array; truncatedBy?: TruncatedBy }
  /** recycle: the worker may not be sound (a lost connection): it is replaced. */
  | { ok: false; error: JobError; recycle: boolean };
