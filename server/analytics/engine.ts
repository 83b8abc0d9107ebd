/**
 * The analytics engine: everything Trellis computes for one time window, computed once per (data version,
 * window) and cached — an import bumps the data version, so a stale result is never served. The API, the
 * metrics command and the write-back all read from here.
 *
 * Computing happens off the HTTP thread, in compute worker threads with their own Neo4j drivers
 * (compute/workerPool.ts), scheduled by compute/scheduler.ts: shared per window, bounded in number, newest
 * first, cancelled when nobody waits. A window's analytics come in families (compute/families.ts) cached
 * separately, so an answer waits only for the families it reads.
 */
import os from 'node:os';
import type { Database } from '../db/database.ts';
import { importFinishing, readDataVersion } from '../db/importGate.ts';
import { TrellisError } from '../errors.ts';
import type { EngagementHistory } from './projection/engagementHistory.ts';
import { keptRoster, stillCurrent, type KeptRoster } from './projection/keptRoster.ts';
import { newestEngagement } from './projection/loadGraphs.ts';
import { resolveWindow, type TimeWindow, type WindowSpec } from './window.ts';
import { WindowScheduler, type SchedulerCounts } from './compute/scheduler.ts';
import { familiesFor, WindowJob, type Need } from './compute/windowJob.ts';
import { WorkerPool, type StopCounts } from './compute/workerPool.ts';
import { WindowJobs } from './compute/windowJobs.ts';
import type { NetworkKind } from '../schema/survey.ts';

import type { EngineOptions, ResolvedWindow, StepReporter, WindowAnalytics } from './windowAnalytics.ts';

export type { Need } from './compute/windowJob.ts';
export type { EngineOptions, ResolvedWindow, StepReporter, WindowAnalytics } from './windowAnalytics.ts';

/** How the running service uses the engine (main.ts, and the load benchmark that measures it). */
export const SERVICE_ENGINE_OPTIONS: EngineOptions = { versionMaxAgeMs: 1000, cacheSize: 24 };

export interface WindowRequest {
  /** The families the caller reads (default: `people`, every family but the person pairs). */
  need?: Need;
  /** Who asks (an API token id); windows in flight are bounded per token. */
  token?: string;
  /** Aborted when the caller has gone: the computation stops if nobody else waits for it. */
  signal?: AbortSignal;
  onStep?: StepReporter;
  /** The warm-up asks at the lowest priority and gives way to requests. */
  priority?: 'request' | 'warm';
  /** The ties to analyse: engagements (default) or survey answers (a window of its own, never mixed). */
  network?: NetworkKind;
}

export class AnalyticsEngine {
  private readonly pool: WorkerPool;
  private readonly scheduler: WindowScheduler;
  private readonly jobs: WindowJobs;
  private newest: { dataVersion: number; at: Promise<Date | null> } | undefined;
  private version: { readAt: number; value: Promise<number> } | undefined;
  private readonly changeListeners: Array<() => void> = [];
  private readonly versionListeners: Array<(dataVersion: number) => void> = [];
  private lastVersion: number | undefined;
  /** Every engagement of the latest data version, once a task has read it: new windows slice it. */
  private history: EngagementHistory | undefined;
  private historiesRead = 0;
  /** The roster of the newest history read: a later version's read uses it again if it is still current. */
  private roster: KeptRoster | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: EngineOptions = {},
  ) {
    const { ties, centrality, network, engagement } = options;
    this.pool = new WorkerPool({
      credentials: db.credentials(),
      options: { ties, centrality, network, engagement },
    });
    this.scheduler = new WindowScheduler(
      this.pool,
      {
        concurrency: options.concurrency ?? (os.availableParallelism() <= 2 ? 1 : 2),
        windowsPerToken: options.windowsPerToken ?? 3,
      },
      undefined,
      {
        get: (dataVersion) => (this.history?.dataVersion === dataVersion ? this.history : undefined),
        keep: (history) => {
          this.historiesRead++;
          if (history.dataVersion >= (this.history?.dataVersion ?? -1)) this.history = history;
          if (history.dataVersion >= (this.roster?.dataVersion ?? -1)) this.roster = keptRoster(history);
        },
        roster: () => this.roster,
      },
    );
    this.jobs = new WindowJobs(options.cacheSize ?? 8);
  }

  /** The analytics of a window, from the cache when the data has not changed since they were computed. */
  async forWindow(spec: WindowSpec, request: WindowRequest = {}): Promise<WindowAnalytics> {
    return this.forResolved(await this.resolve(spec), request);
  }

  /** The same for a window already resolved (the routes resolve first to look up a cached answer). */
  async forResolved(resolved: ResolvedWindow, request: WindowRequest = {}): Promise<WindowAnalytics> {
    const { window, dataVersion } = resolved;
    const network = request.network ?? 'behaviour';
    const job = this.jobs.get(
      dataVersion,
      window,
      () => new WindowJob(window, dataVersion, network),
      network,
    );
    const need = request.need ?? 'people';
    const computing = job.missing(familiesFor(need)).length > 0;
    await this.scheduler.demand(job, {
      families: familiesFor(need),
      token: request.token ?? 'local',
      bounded: request.token !== undefined,
      priority: request.priority ?? 'request',
      signal: request.signal,
      onStep: request.onStep,
    });
    // Computed now: its reads may have overlapped an import's switch (server/db/importGate.ts).
    if (computing) await this.confirm(dataVersion);
    return job.analytics(need, window);
  }

  /** The step a window's computation in a network is at (undefined when it is not computing). */
  async progress(
    spec: WindowSpec,
    network: NetworkKind = 'behaviour',
  ): Promise<{ window: TimeWindow; state: WindowJob['state']; step?: string }> {
    const { window, dataVersion } = await this.resolve(spec);
    const job = this.jobs.peek(dataVersion, window, network);
    return { window, state: job?.state ?? 'idle', step: job?.step };
  }

  /**
   * Computations started, completed, cancelled and dropped so far, how the cancelled ones ended (their thread
   * stopped them, or was terminated), threads alive, and how many times every engagement was read (once per
   * data version, unless concurrent tasks both began without it), and the data version of the roster kept for
   * the next version's read (keptRoster.ts) (tests, bench).
   */
  stats(): SchedulerCounts &
    StopCounts & {
      threads: number;
      queued: number;
      running: number;
      historiesRead: number;
      rosterKeptFrom: number | null;
    } {
    return {
      ...this.scheduler.counts,
      ...this.scheduler.load,
      ...this.pool.stops,
      threads: this.pool.threads,
      historiesRead: this.historiesRead,
      rosterKeptFrom: this.roster?.dataVersion ?? null,
    };
  }

  /** Starts a compute thread ahead of the first window. */
  prestart(): void {
    this.pool.prestart();
  }

  /** Stops the compute threads (the process may exit without: idle threads never keep it alive). */
  close(): Promise<void> {
    return this.pool.close();
  }

  /** The window a spec names now, without computing anything for it. */
  async resolve(spec: WindowSpec): Promise<ResolvedWindow> {
    const dataVersion = await this.dataVersion();
    return { window: resolveWindow(spec, await this.newestEngagement(dataVersion)), dataVersion };
  }

  /** This process changed the data (an import): read the data version again on the next request. */
  dataChanged(): void {
    this.version = undefined;
    for (const listener of this.changeListeners) listener();
  }

  /** Called after each import of this process (the warm-up starts over). */
  onDataChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** Called with each data version read that differs from the one before (answers of others are stale). */
  onNewVersion(listener: (dataVersion: number) => void): void {
    this.versionListeners.push(listener);
  }

  /** Concurrent requests share one read; under load that is at most one read per versionMaxAgeMs. */
  private dataVersion(): Promise<number> {
    const maxAge = this.options.versionMaxAgeMs ?? 0;
    if (this.version && performance.now() - this.version.readAt < maxAge) return this.version.value;
    const value = this.readVersion();
    const entry = { readAt: performance.now(), value };
    value.catch(() => {
      if (this.version === entry) this.version = undefined;
    });
    this.version = entry;
    return value;
  }

  /** Throws import_finishing unless the data version is still `dataVersion` and no import is switching. */
  private async confirm(dataVersion: number): Promise<void> {
    if ((await this.readVersion()) === dataVersion) return;
    this.version = undefined; // the next request resolves its window on the new version
    throw importFinishing();
  }

  /** The data version, through the import gate: while an import switches, nothing computed may be served again. */
  private async readVersion(): Promise<number> {
    try {
      return this.seen(await readDataVersion(this.db));
    } catch (error) {
      if (error instanceof TrellisError && error.code === 'import_finishing') {
        this.lastVersion = undefined;
        this.jobs.keepOnly(-1);
        this.history = undefined;
      }
      throw error;
    }
  }

  /** A data version other than the last one read: what was computed for the others goes. */
  private seen(dataVersion: number): number {
    if (dataVersion !== this.lastVersion) {
      this.lastVersion = dataVersion;
      this.jobs.keepOnly(dataVersion);
      if (this.history?.dataVersion !== dataVersion) this.history = undefined;
      this.dropStaleRoster(dataVersion);
      for (const listener of this.versionListeners) listener(dataVersion);
    }
    return dataVersion;
  }

  /**
   * A kept roster the new version may not use goes at once, not when the next history is read: the change may
   * have been a person forgotten, whose name it still holds.
   */
  private dropStaleRoster(dataVersion: number): void {
    const kept = this.roster;
    if (!kept) return;
    const drop = () => {
      if (this.roster === kept) this.roster = undefined;
    };
    stillCurrent(this.db, kept, dataVersion).then((current) => {
      if (!current) drop();
    }, drop);
  }

  /** Only an import moves the newest engagement, and an import bumps the data version. */
  private newestEngagement(dataVersion: number): Promise<Date | null> {
    if (this.newest?.dataVersion !== dataVersion) {
      const at = newestEngagement(this.db);
      at.catch(() => (this.newest = undefined));
      this.newest = { dataVersion, at };
    }
    return this.newest.at;
  }
}
