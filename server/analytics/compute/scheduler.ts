/**
 * Who computes next. Requests for the same window share one task (they wait on one WindowJob); at most
 * `concurrency` tasks run at once and the rest queue: requests before the warm-up, then the window of the caller
 * with the fewest tasks running (one caller cannot starve the others), then the newest (a slider's last
 * position is the one being looked at). A task that no request waits for any more is cancelled, queued or
 * running; a warm-up task running while a request waits gives its slot up and queues again.
 *
 * Per token, at most `windowsPerToken` distinct windows wait at once. Past that the token's OLDEST waiting window
 * is dropped (its requests get 429 with Retry-After), not the new one: a caller that does not abort (a script, a
 * slider without debounce) still gets the window it asked for last, and never more than the bound in flight.
 */
import { TrellisError } from '../../errors.ts';
import type { EngagementHistory } from '../projection/engagementHistory.ts';
import type { KeptRoster } from '../projection/keptRoster.ts';
import type { Family } from './families.ts';
import type { WindowJob, Waiter } from './windowJob.ts';
import type { WorkerPool } from './workerPool.ts';

export interface SchedulerLimits {
  /** Tasks computing at once. */
  concurrency: number;
  /** Distinct windows one token may wait for at once. */
  windowsPerToken: number;
}

export interface Demand {
  families: Family[];
  /** Who asks: the token id of a request, or 'warm-up'. */
  token: string;
  /** Bound the windows this token has in flight (API callers; not the metrics command or the bench). */
  bounded?: boolean;
  priority: 'request' | 'warm';
  signal?: AbortSignal;
  onStep?: (step: string) => void;
}

/** The engagement history of the current data version, kept on the HTTP thread for every task (engine.ts). */
export interface HistoryKeeper {
  get(dataVersion: number): EngagementHistory | undefined;
  keep(history: EngagementHistory): void;
  /** The roster of an earlier version, for a task that reads a new version's history (keptRoster.ts). */
  roster?(): KeptRoster | undefined;
}

export interface SchedulerCounts {
  started: number;
  completed: number;
  cancelled: number;
  dropped: number;
}

export class WindowScheduler {
  private readonly queue = new Set<WindowJob>();
  private readonly running = new Set<WindowJob>();
  readonly counts: SchedulerCounts = { started: 0, completed: 0, cancelled: 0, dropped: 0 };
  private clock = 0;

  constructor(
    private readonly pool: Pick<WorkerPool, 'run'>,
    private readonly limits: SchedulerLimits,
    private readonly onCancelled: (taskId: number) => void = () => {},
    private readonly histories: HistoryKeeper = { get: () => undefined, keep: () => {} },
  ) {}

  /** Resolves when the job holds the families asked for; rejects when aborted, dropped or failed. */
  demand(job: WindowJob, demand: Demand): Promise<void> {
    if (job.missing(demand.families).length === 0) return Promise.resolve();
    if (demand.signal?.aborted) return Promise.reject(abortError());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { ...demand, since: ++this.clock, resolve, reject };
      job.waiters.add(waiter);
      demand.signal?.addEventListener('abort', () => this.drop(job, waiter, abortError()), { once: true });
      if (demand.priority === 'request') job.lastDemand = waiter.since;
      if (demand.priority === 'request' && demand.bounded) this.boundToken(demand.token, job);
      if (job.state === 'idle') this.enqueue(job);
      this.pump();
    });
  }

  /** Tasks queued and running, for progress and tests. */
  get load(): { queued: number; running: number } {
    return { queued: this.queue.size, running: this.running.size };
  }

  private enqueue(job: WindowJob): void {
    job.state = 'queued';
    this.queue.add(job);
  }

  private drop(job: WindowJob, waiter: Waiter, error: unknown): void {
    if (!job.waiters.delete(waiter)) return;
    waiter.reject(error);
    this.reconsider(job);
  }

  /** A job nobody waits for stops: out of the queue, or its task cancelled (unless it is finishing anyway). */
  private reconsider(job: WindowJob): void {
    if (job.waiters.size > 0) return;
    if (job.state === 'queued') {
      this.queue.delete(job);
      job.state = 'idle';
    } else if (job.run && job.missing(job.run.families).length > 0) this.cancel(job);
    this.pump();
  }

  private cancel(job: WindowJob): void {
    const run = job.run!;
    job.run = undefined;
    job.step = undefined;
    this.running.delete(job);
    job.state = 'idle';
    run.cancel();
    this.counts.cancelled++;
    this.onCancelled(run.id);
  }

  private boundToken(token: string, job: WindowJob): void {
    const mine = [...this.queue, ...this.running].filter(
      (other) => other !== job && [...other.waiters].some((w) => w.token === token),
    );
    if (mine.length < this.limits.windowsPerToken) return;
    const oldest = (other: WindowJob) =>
      Math.min(...[...other.waiters].filter((w) => w.token === token).map((w) => w.since));
    const victim = mine.sort(
      (a, b) => Number(a.state === 'running') - Number(b.state === 'running') || oldest(a) - oldest(b),
    )[0]!;
    const dropped = new TrellisError(
      'rate_limited',
      `At most ${this.limits.windowsPerToken} windows per token are computed at once; this one gave way to a ` +
        'newer one. Ask for it again after Retry-After seconds, once the windows asked for after it have answered.',
    );
    this.counts.dropped++;
    for (const waiter of [...victim.waiters].filter((w) => w.token === token))
      this.drop(victim, waiter, dropped);
  }

  private pump(): void {
    this.preemptWarmUp();
    while (this.running.size < this.limits.concurrency) {
      const next = this.pick();
      if (!next) return;
      this.start(next);
    }
  }

  private preemptWarmUp(): void {
    const requestWaiting = [...this.queue].some(isRequested);
    if (!requestWaiting || this.running.size < this.limits.concurrency) return;
    // A job whose families have all arrived is finishing, not warming: its thread is about to say done.
    const warm = [...this.running].find((job) => !isRequested(job) && job.wanted().length > 0);
    if (!warm) return;
    this.cancel(warm);
    this.enqueue(warm);
  }

  private pick(): WindowJob | undefined {
    const runningPerToken = new Map<string, number>();
    for (const job of this.running)
      for (const token of tokensOf(job)) runningPerToken.set(token, (runningPerToken.get(token) ?? 0) + 1);
    const share = (job: WindowJob) => Math.min(...tokensOf(job).map((t) => runningPerToken.get(t) ?? 0));
    return [...this.queue].sort(
      (a, b) =>
        Number(isRequested(b)) - Number(isRequested(a)) || share(a) - share(b) || b.lastDemand - a.lastDemand,
    )[0];
  }

  private start(job: WindowJob): void {
    const families = job.wanted();
    this.queue.delete(job);
    if (families.length === 0) return this.settle(job);
    this.running.add(job);
    job.state = 'running';
    const graphs = job.values.base ? job.portableGraphs : undefined;
    const { window, dataVersion, network } = job;
    const history = this.histories.get(dataVersion);
    const roster = history ? undefined : this.histories.roster?.();
    const run = this.pool.run(
      { window, network, dataVersion, families, graphs, history, roster },
      (reply) => {
        if (reply.type === 'history') return this.histories.keep(reply.history);
        if (job.run?.id !== run.id) return;
        if (reply.type === 'step') {
          job.step = reply.step;
          for (const waiter of job.waiters) waiter.onStep?.(reply.step);
        } else if (reply.type === 'graphs') {
          job.arrivals = job.arrivals.then(() => job.acceptGraphs(reply.graphs));
        } else if (reply.type === 'family') {
          job.arrivals = job.arrivals
            .then(() => job.accept(reply, reply.timings))
            .then(() => this.settle(job));
        }
      },
    );
    job.run = { ...run, families };
    this.counts.started++;
    run.done.then(
      () => job.arrivals.then(() => this.finished(job, run.id)),
      (error: unknown) => this.failed(job, run.id, error),
    );
  }

  /** Waiters whose families are all there are answered; a job left with nobody waiting stops. */
  private settle(job: WindowJob): void {
    for (const waiter of job.waiters) {
      if (job.missing(waiter.families).length > 0) continue;
      job.waiters.delete(waiter);
      waiter.resolve();
    }
    if (job.state === 'idle' && job.waiters.size > 0) this.enqueue(job);
    this.reconsider(job);
  }

  private finished(job: WindowJob, id: number): void {
    if (job.run?.id !== id) return;
    this.release(job);
    this.counts.completed++;
    this.settle(job);
    this.pump();
  }

  private failed(job: WindowJob, id: number, error: unknown): void {
    if (job.run?.id !== id) return;
    this.release(job);
    for (const waiter of job.waiters) waiter.reject(error);
    job.waiters.clear();
    this.pump();
  }

  private release(job: WindowJob): void {
    job.run = undefined;
    job.step = undefined;
    job.state = 'idle';
    this.running.delete(job);
  }
}

function isRequested(job: WindowJob): boolean {
  return [...job.waiters].some((waiter) => waiter.priority === 'request');
}

function tokensOf(job: WindowJob): string[] {
  return [...job.waiters].map((waiter) => waiter.token);
}

function abortError(): Error {
  const error = new Error('The request was aborted; nobody waits for this answer any more.');
  error.name = 'AbortError';
  return error;
}
