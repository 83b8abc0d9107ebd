/**
 * Long-lived compute worker threads (worker.mjs → workerMain.ts), each with its own Neo4j driver, so that
 * starting a thread (loading the analytics modules, ~0.5 s) and compiling the analytics (a fresh thread's first
 * `m` window takes about four times a later one) are paid once, not per window. The scheduler never runs more
 * tasks than it was given slots for; the pool only keeps the threads. Idle threads are unref'd: they never keep
 * a process alive.
 *
 * Cancelling a task frees its slot at once and tells its thread to stop: the thread ends the task's reads and
 * stops computing at its next checkpoint (workerMain.ts), then serves again, compiled code and all. A thread
 * that has not stopped after `stopGraceMs` (a long centrality loop) is terminated and a fresh one started.
 */
import { Worker } from 'node:worker_threads';
import { errorFrom, type RunTask, type ThreadSetup, type WorkerReply, type WorkerSetup } from './protocol.ts';
import { stopTask, type StopCounts } from './stopTask.ts';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);
const STOP_GRACE_MS = 2000;
/**
 * A window's projection makes many short-lived objects (rows, tallies, graph entries): with V8's default young
 * generation they outgrow it and are copied into the old one, where only full collections free them. 192 MB
 * (semi-spaces of 64 MB) made a cold `l` window 5.6 s against 6.3–9.7 s, and `m`'s neither slower nor faster.
 */
const YOUNG_GENERATION_MB = 192;

export interface PoolOptions {
  /** Idle threads kept started ahead of need. Default 1. */
  spares?: number;
  /** How long a cancelled task's thread may take to stop before it is terminated. Default 2 s. */
  stopGraceMs?: number;
}

export type { StopCounts } from './stopTask.ts';

export interface TaskRun {
  id: number;
  /** Resolves when the task is done or cancelled; rejects with the worker's error. */
  done: Promise<void>;
  cancel(): void;
  /** The id of the thread running the task, once it has one (tests). */
  readonly thread: number | undefined;
}

/** A task waiting for a thread. */
interface Pending {
  start(worker: Worker): void;
  fail(error: Error): void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  /** Threads winding a cancelled task down. */
  private readonly stopping = new Set<Worker>();
  /** Every thread until it has exited, terminated ones included. */
  private readonly alive = new Set<Worker>();
  private readonly stopFlags = new WeakMap<Worker, Int32Array>();
  /** Families each thread has computed: the more, the more of the analytics it has compiled. */
  private readonly computed = new WeakMap<Worker, number>();
  private readonly waiting: Pending[] = [];
  readonly stops: StopCounts = { stopped: 0, terminated: 0 };
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions = {},
  ) {}

  /** Threads that have not exited yet (stats, tests). */
  get threads(): number {
    return this.alive.size;
  }

  run(task: Omit<RunTask, 'type' | 'id'>, onReply: (reply: WorkerReply) => void): TaskRun {
    const id = this.nextId++;
    let worker: Worker | undefined;
    let ended = false;
    let finish: (error?: Error) => void = () => {};
    const done = new Promise<void>((resolve, reject) => {
      finish = (error) => {
        ended = true;
        if (error) reject(error);
        else resolve();
      };
    });
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'done') return settle(true);
      if (reply.type === 'failed') return settle(true, errorFrom(reply.error));
      if (reply.type === 'family') this.computed.set(worker!, (this.computed.get(worker!) ?? 0) + 1);
      onReply(reply);
    };
    const onExit = (code: number) =>
      settle(false, new Error(`analytics/compute: worker exited with code ${code}`));
    const settle = (reuse: boolean, error?: Error) => {
      worker!.off('message', onMessage).off('exit', onExit);
      this.busy.delete(worker!);
      if (reuse) this.release(worker!);
      finish(error);
    };
    const pending: Pending = {
      start: (thread) => {
        worker = thread;
        this.busy.add(thread);
        thread.ref();
        thread.on('message', onMessage).once('exit', onExit);
        thread.postMessage({ ...task, type: 'run', id } satisfies RunTask);
      },
      fail: (error) => finish(error),
    };
    this.waiting.push(pending);
    this.dispatch();
    const cancel = () => {
      if (ended) return;
      if (!worker) {
        this.waiting.splice(this.waiting.indexOf(pending), 1);
        return finish();
      }
      settle(false);
      this.stop(worker, id, onReply);
    };
    return {
      id,
      done,
      cancel,
      get thread() {
        return worker?.threadId;
      },
    };
  }

  /** Gives waiting tasks their threads, in the order they came. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.nextThread();
      if (!worker) return;
      this.waiting.shift()!.start(worker);
    }
  }

  /**
   * The idle thread that has computed the most; none when a stopping thread has computed more (it is about to
   * be free, and a thread that has compiled the analytics computes an `m` window about four times faster than
   * a new one); a new thread when none is idle or stopping.
   */
  private nextThread(): Worker | undefined {
    const computed = (worker: Worker) => this.computed.get(worker) ?? 0;
    const best = this.idle.reduce<Worker | undefined>(
      (found, worker) => (!found || computed(worker) > computed(found) ? worker : found),
      undefined,
    );
    const bestStopping = Math.max(-1, ...[...this.stopping].map(computed));
    if (bestStopping > (best ? computed(best) : -1)) return undefined;
    if (!best) return this.spawn();
    this.idle.splice(this.idle.indexOf(best), 1);
    return best;
  }

  /** Tells the thread to stop task `id`; it serves again once it says so, or is terminated after the grace. */
  private stop(worker: Worker, id: number, onReply: (reply: WorkerReply) => void): void {
    this.stopping.add(worker);
    stopTask(worker, id, this.stopFlags.get(worker)!, {
      graceMs: this.options.stopGraceMs ?? STOP_GRACE_MS,
      onHistory: onReply,
      onEnd: (how) => {
        this.stopping.delete(worker);
        this.stops[how]++;
        if (how === 'stopped') return this.release(worker);
        this.fillSpares();
        this.dispatch();
      },
    });
  }

  /** Starts threads ahead of need, so that the first window does not wait for one. */
  prestart(): void {
    this.fillSpares();
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy, ...this.stopping];
    for (const pending of this.waiting.splice(0))
      pending.fail(new Error('analytics/compute: the pool closed'));
    this.idle.length = 0;
    this.busy.clear();
    this.stopping.clear();
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    const stopFlag = new Int32Array(new SharedArrayBuffer(4));
    const workerData: ThreadSetup = { ...this.setup, stopFlag };
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    const worker = new Worker(WORKER_URL, { workerData, execArgv: [], resourceLimits });
    this.stopFlags.set(worker, stopFlag);
    worker.on('error', () => {}); // an error ends the thread: 'exit' follows and fails its task
    worker.once('exit', () => this.forget(worker));
    this.alive.add(worker);
    return worker;
  }

  private release(worker: Worker): void {
    if (this.closed) return void worker.terminate();
    worker.unref();
    this.idle.push(worker);
    this.dispatch();
  }

  private forget(worker: Worker): void {
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    this.busy.delete(worker);
    this.stopping.delete(worker);
    this.alive.delete(worker);
    this.dispatch(); // a task waiting for this thread to stop takes another
  }

  private fillSpares(): void {
    while (!this.closed && this.idle.length < (this.options.spares ?? 1)) {
      const worker = this.spawn();
      worker.unref();
      this.idle.push(worker);
    }
  }
}
