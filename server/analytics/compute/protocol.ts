/**
 * Messages between the HTTP thread and a compute worker (workerMain.ts). A worker runs one task at a time: the
 * families of one window, in order, each posted back as soon as it is done so that an answer waiting for the
 * cheap families does not wait for the slow ones. Errors cross as plain data (name, message, driver code), since
 * structured clone keeps neither an Error's class nor its extra fields.
 */
import type { Credentials } from '../../db/database.ts';
import type { EngagementHistory } from '../projection/engagementHistory.ts';
import type { KeptRoster } from '../projection/keptRoster.ts';
import type { EngineOptions } from '../windowAnalytics.ts';
import type { TimeWindow } from '../window.ts';
import type { NetworkKind } from '../../schema/survey.ts';
import type { BaseFamily, DyadsFamily, Family, NetworkFamily, PeopleFamily } from './families.ts';
import type { PortableGraphs } from './graphTransfer.ts';
import type { Pieces } from './piecewise.ts';

export interface WorkerSetup {
  credentials: Credentials;
  options: EngineOptions;
}

/** A thread's start data: the setup, and the flag through which it is told to stop a task (workerPool.ts). */
export interface ThreadSetup extends WorkerSetup {
  /** One Int32 on shared memory: the id of the task to stop, read at the task's checkpoints. */
  stopFlag: Int32Array;
}

/** Stop the task with this id: its reads are ended now, its computing at its next checkpoint. */
export interface StopTask {
  type: 'stop';
  id: number;
}

export interface RunTask {
  type: 'run';
  /** Unique per task; the worker tags its Neo4j transactions with it (metadata `trellisTask`). */
  id: number;
  window: TimeWindow;
  /** Which ties the window's graphs are made of (default: engagements). */
  network?: NetworkKind;
  /** The data version the window is computed for. */
  dataVersion: number;
  families: Family[];
  /** The window's graphs when `base` was computed before (not in `families`). */
  graphs?: PortableGraphs;
  /** Every engagement of that data version, when a task read it before (its columns are shared, not copied). */
  history?: EngagementHistory;
  /** Without a history: the roster of an earlier version, read again only if it changed since. */
  roster?: KeptRoster;
}

/**
 * A family as it crosses: its value in pieces (piecewise.ts), rebuilt on the HTTP thread in slices, yielding
 * between them. The base family's graphs cross before it, as columns (graphTransfer.ts), as soon as they are
 * built: the HTTP thread rebuilds them while the compute thread works out the cycles.
 */
export interface PortableFamily {
  family: Family;
  pieces: Pieces;
}

/** What `pieces` holds, family by family: the base family's graphs cross apart. */
export interface PiecedValues {
  base: Omit<BaseFamily, 'graphs'>;
  network: NetworkFamily;
  people: PeopleFamily;
  dyads: DyadsFamily;
}

export interface PortableError {
  name: string;
  message: string;
  code?: string;
}

export type WorkerReply =
  | { type: 'step'; id: number; step: string }
  | { type: 'history'; id: number; history: EngagementHistory }
  | { type: 'graphs'; id: number; graphs: PortableGraphs }
  | ({ type: 'family'; id: number; timings: Record<string, number> } & PortableFamily)
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; error: PortableError };

export function portableError(error: unknown): PortableError {
  const e = error as { name?: string; message?: string; code?: unknown };
  return {
    name: String(e?.name ?? 'Error'),
    message: String(e?.message ?? error),
    code: typeof e?.code === 'string' ? e.code : undefined,
  };
}

/** An Error that classifyFailure (server/api/failures.ts) reads as it would read the driver's own. */
export function errorFrom(portable: PortableError): Error {
  const error = new Error(portable.message) as Error & { code?: string };
  error.name = portable.name;
  if (portable.code) error.code = portable.code;
  return error;
}
