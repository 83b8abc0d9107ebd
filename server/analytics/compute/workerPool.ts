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
import {
  errorFrom,
  type RunTask,
  type StopTask,
  type ThreadSetup,
  type WorkerReply,
  type WorkerSetup,
} from './protocol.ts';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);
const STOP_GRACE_MS = 1000;

export interface PoolOptions {
  /** Idle threads kept started ahead of need. Default 1. */
  spares?: number;
  /** How long a cancelled task's thread may take to stop before it is terminated. Default 1 s. */
  stopGraceMs?: number;
}

/** How cancelled tasks ended: their thread stopped them and serves on, or it was terminated. */
export interface StopCounts {
  stopped: number;
  terminated: number;
}

export interface TaskRun {
  id: number;
  /** Resolves when the task is done or cancelled; rejects with the worker's error. */
  done: Promise<void>;
  cancel(): void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  /** Threads winding a cancelled task down. */
  private readonly stopping = new Set<Worker>();
  /** Every thread until it has exited, terminated ones included. */
  private readonly alive = new Set<Worker>();
  private readonly stopFlags = new WeakMap<Worker, Int32Array>();
  readonly stops: StopCounts = { stopped: 0, terminated: 0 };
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions = {},
  ) {}

  /** Threads that have not exited yet: tests read it to see a cancelled computation's thread end. */
  get threads(): number {
    return this.alive.size;
  }

  run(task: Omit<RunTask, 'type' | 'id'>, onReply: (reply: WorkerReply) => void): TaskRun {
    const id = this.nextId++;
    const worker = this.idle.pop() ?? this.spawn();
    this.busy.add(worker);
    worker.ref();
    let finish: (error?: Error) => void = () => {};
    const done = new Promise<void>((resolve, reject) => {
      finish = (error) => (error ? reject(error) : resolve());
    });
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'done') return settle(true);
      if (reply.type === 'failed') return settle(true, errorFrom(reply.error));
      onReply(reply);
    };
    const onExit = (code: number) =>
      settle(false, new Error(`analytics/compute: worker exited with code ${code}`));
    const settle = (reuse: boolean, error?: Error) => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      this.busy.delete(worker);
      if (reuse) this.release(worker);
      finish(error);
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.postMessage({ ...task, type: 'run', id } satisfies RunTask);
    const cancel = () => {
      if (!this.busy.has(worker)) return;
      settle(false);
      this.stop(worker, id, onReply);
    };
    return { id, done, cancel };
  }

  /** Tells the thread to stop task `id`; it serves again once it says so, or is terminated after the grace. */
  private stop(worker: Worker, id: number, onReply: (reply: WorkerReply) => void): void {
    this.stopping.add(worker);
    Atomics.store(this.stopFlags.get(worker)!, 0, id);
    worker.postMessage({ type: 'stop', id } satisfies StopTask);
    const grace = setTimeout(() => {
      end();
      this.stops.terminated++;
      void worker.terminate();
      this.fillSpares();
    }, this.options.stopGraceMs ?? STOP_GRACE_MS);
    grace.unref();
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'history') onReply(reply); // read before it stopped: still every engagement
      if (reply.type !== 'done' && reply.type !== 'failed') return;
      end();
      this.stops.stopped++;
      this.release(worker);
    };
    const end = () => {
      clearTimeout(grace);
      worker.off('message', onMessage);
      worker.off('exit', end);
      this.stopping.delete(worker);
    };
    worker.on('message', onMessage);
    worker.once('exit', end);
  }

  /** Starts threads ahead of need, so that the first window does not wait for one. */
  prestart(): void {
    this.fillSpares();
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy, ...this.stopping];
    this.idle.length = 0;
    this.busy.clear();
    this.stopping.clear();
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    const stopFlag = new Int32Array(new SharedArrayBuffer(4));
    const workerData: ThreadSetup = { ...this.setup, stopFlag };
    const worker = new Worker(WORKER_URL, { workerData, execArgv: [] });
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
  }

  private forget(worker: Worker): void {
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    this.busy.delete(worker);
    this.stopping.delete(worker);
    this.alive.delete(worker);
  }

  private fillSpares(): void {
    while (!this.closed && this.idle.length < (this.options.spares ?? 1)) {
      const worker = this.spawn();
      worker.unref();
      this.idle.push(worker);
    }
  }
}
