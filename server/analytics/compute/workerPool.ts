/**
 * Long-lived compute worker threads (worker.mjs → workerMain.ts), each with its own Neo4j driver, so that
 * starting a thread (loading the analytics modules, ~0.5 s) is paid once, not per window. The scheduler never
 * runs more tasks than it was given slots for; the pool only keeps the threads. Cancelling a task terminates its
 * thread at once, whatever it is doing (a query or a centrality loop), and a fresh thread is started in its place
 * so that the next window does not wait for the start. Idle threads are unref'd: they never keep a process alive.
 */
import { Worker } from 'node:worker_threads';
import { errorFrom, type RunTask, type WorkerReply, type WorkerSetup } from './protocol.ts';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export interface TaskRun {
  id: number;
  /** Resolves when the task is done or cancelled; rejects with the worker's error. */
  done: Promise<void>;
  cancel(): void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  /** Every thread until it has exited, terminated ones included. */
  private readonly alive = new Set<Worker>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly spares = 1,
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
      void worker.terminate();
      this.fillSpares();
    };
    return { id, done, cancel };
  }

  /** Starts threads ahead of need, so that the first window does not wait for one. */
  prestart(): void {
    this.fillSpares();
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, { workerData: this.setup, execArgv: [] });
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
    this.alive.delete(worker);
  }

  private fillSpares(): void {
    while (!this.closed && this.idle.length < this.spares) {
      const worker = this.spawn();
      worker.unref();
      this.idle.push(worker);
    }
  }
}
