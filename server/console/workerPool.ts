/**
 * The console's query workers: at most `workers` threads (queryWorker.mjs), with one more kept started and
 * connected beside the busy ones while there is room, so a query — the one after a killed query too — does
 * not wait for a thread to start. A running query's worker is terminated at its deadline: a hang, a huge
 * record or a blocked decode inside it never reaches the HTTP event loop. Queries beyond `workers` wait for
 * one, and the wait counts against their time: a query has one deadline from its request's arrival, so a query
 * whose time runs out while it waits is answered 504 without running.
 */
import { Worker } from 'node:worker_threads';
import { TrellisError } from '../errors.ts';
import { queryTimeout, withDeadline } from './deadline.ts';
import type { JobOutcome, QueryJob, WorkerSetup } from './workerProtocol.ts';

const WORKER_URL = new URL('./queryWorker.mjs', import.meta.url);
const WARM_WORKERS = 1;
export interface PoolOptions {
  workers: number;
  /** Old-generation heap of each worker, in MB (resourceLimits). */
  heapMb: number;
}

export interface RunLimits {
  /** Epoch ms at which the query is answered 504 whatever it is doing (its request's arrival + time + grace). */
  deadline: number;
  /**
   * The end of the deadline kept for stopping: Neo4j's own timeout ends the query this long before the
   * deadline, and a query that has not reached a worker by then does not run at all.
   */
  graceMs: number;
}

export class ConsoleWorkers {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  /** Workers started and not yet gone: starting, idle or busy. */
  private readonly live = new Set<Worker>();
  private starting = 0;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions,
  ) {}

  /**
   * Runs the job on a worker with what is left of its time as Neo4j's timeout; rejects with query_timeout
   * (stage queued) when no time is left once a worker is free, and (stage running) at the deadline, killing
   * the worker.
   */
  async run(job: Omit<QueryJob, 'timeoutMs'>, limits: RunLimits): Promise<JobOutcome> {
    const lastStart = limits.deadline - limits.graceMs;
    const worker = this.idle.pop() ?? (await this.waitForWorker(lastStart));
    this.keepWarm();
    const timeoutMs = lastStart - Date.now();
    if (timeoutMs <= 0) {
      this.release(worker);
      throw queryTimeout('queued');
    }
    try {
      const outcome = await withDeadline(once(worker, { ...job, timeoutMs }), limits.deadline);
      if (!outcome.ok && outcome.recycle) this.discard(worker);
      else this.release(worker);
      return outcome;
    } catch (error) {
      this.discard(worker);
      throw error;
    }
  }

  /** Starts the warm worker now instead of at the first query. */
  warm(): void {
    this.keepWarm();
  }

  /** Terminates every worker (shutdown, tests); running queries fail. */
  async close(): Promise<void> {
    await Promise.all([...this.live].map((worker) => worker.terminate()));
  }

  private waitForWorker(until: number): Promise<Worker> {
    let take: (worker: Worker) => void = () => {};
    const turn = new Promise<Worker>((resolve) => {
      take = resolve;
      this.waiting.push(take);
    });
    this.keepWarm();
    return withDeadline(turn, until, 'queued').catch((error: unknown) => {
      const at = this.waiting.indexOf(take);
      if (at >= 0) this.waiting.splice(at, 1);
      else void turn.then((late) => this.release(late)); // handed over as the wait ended: pass it on
      throw error;
    });
  }

  /** Starts workers for the waiting queries and one spare, within the pool's size. */
  private keepWarm(): void {
    const wanted = this.waiting.length + WARM_WORKERS - this.idle.length - this.starting;
    for (let i = 0; i < wanted && this.live.size < this.options.workers; i++) this.start();
  }

  private start(): void {
    const { heapMb } = this.options;
    const worker = new Worker(WORKER_URL, {
      workerData: this.setup,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) },
    });
    this.live.add(worker);
    this.starting++;
    let ready = false;
    worker.unref(); // an idle worker never keeps the process alive
    worker.on('error', () => {}); // a failure while idle: the exit below retires it
    worker.once('message', () => {
      ready = true; // its first message says it is connected
      this.starting--;
      if (this.live.has(worker)) this.release(worker);
    });
    worker.once('exit', () => {
      if (!ready) this.starting--;
      this.live.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) return next(worker);
    if (this.idle.length < WARM_WORKERS) this.idle.push(worker);
    else this.discard(worker);
  }

  /** Kills a worker that may hold a hung query or a cut connection, and starts a spare if there is room. */
  private discard(worker: Worker): void {
    this.live.delete(worker);
    void worker.terminate();
    this.keepWarm();
  }
}

/** One job on one worker: its answer, or its failure (an uncaught error, the heap limit, an exit). */
function once(worker: Worker, job: QueryJob): Promise<JobOutcome> {
  return new Promise<JobOutcome>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (outcome: JobOutcome) => (cleanup(), resolve(outcome));
    const onError = (error: Error) => (cleanup(), reject(workerFailure(error)));
    const onExit = () => (cleanup(), reject(new Error('console worker exited')));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

function workerFailure(error: Error): Error {
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new TrellisError(
      'query_memory_limit',
      'The answer needed more memory than a console query may use; narrow the query or return fewer values.',
    );
  }
  return error;
}
