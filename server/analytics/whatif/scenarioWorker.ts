/**
 * The HTTP thread's side of the scenario worker: one thread, started on first use (loading the analytics
 * modules takes it ~0.5 s), unref'd while idle so it never keeps the process alive. Questions run one at a time
 * in the order asked. The window's graphs are sent only when the thread does not hold them yet, and dropped
 * when the data version moves on (keepOnly): an import or an erasure must not leave the old graphs — an erased
 * person's ties among them — in the thread until the next question. A caller that goes away stops its question:
 * the thread is ended (whatever it was doing) and started again on the next one.
 */
import { Worker } from 'node:worker_threads';
import { DirectedGraph } from 'graphology';
import type { InitiationGraph } from '../graphs.ts';
import { portableGraphs, transferables } from '../compute/graphTransfer.ts';
import { errorFrom } from '../compute/protocol.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import type {
  ScenarioJob,
  ScenarioMessage,
  ScenarioReply,
  ScenarioResult,
  ScenarioTask,
} from './workerProtocol.ts';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export interface ScenarioWindow {
  dataVersion: number;
  window: { key: string; from: Date; to: Date };
  graphs: DerivedGraphs;
}

export class ScenarioWorker {
  private worker: Worker | undefined;
  private held: string | undefined;
  /** The newest data version announced (keepOnly); graphs of any other are not kept after a question. */
  private current: number | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  run<J extends ScenarioJob>(on: ScenarioWindow, job: J, signal?: AbortSignal): Promise<ScenarioResult<J>> {
    return this.enqueue(() => this.ask(on, job, signal)) as Promise<ScenarioResult<J>>;
  }

  /**
   * A new data version (null: the data changed, version not yet known): the thread drops the graphs of any
   * other, after the questions already asked. Resolves to the key of the graphs the thread still holds.
   */
  keepOnly(dataVersion: number | null): Promise<string | null> {
    this.current = dataVersion ?? undefined;
    // a thread that exited meanwhile holds nothing: never a rejection (callers do not wait for this)
    return this.enqueue(() => this.drop(dataVersion ?? -1)).catch(() => null);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.held = undefined;
    await worker?.terminate();
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work);
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async ask(on: ScenarioWindow, job: ScenarioJob, signal?: AbortSignal): Promise<unknown> {
    signal?.throwIfAborted();
    const key = `${on.dataVersion}|${on.window.key}|${on.window.from.toISOString()}|${on.window.to.toISOString()}`;
    let reply = await this.post({ key, job, withGraphs: this.held !== key, on }, signal);
    if ('missingGraphs' in reply) reply = await this.post({ key, job, withGraphs: true, on }, signal);
    // a question on a version already superseded (asked before the import or erasure) leaves nothing behind
    if (this.current !== undefined && on.dataVersion !== this.current) await this.drop(this.current);
    return settle(reply);
  }

  private async drop(keep: number): Promise<string | null> {
    if (!this.worker) return null;
    const reply = await this.exchange(this.worker, { id: this.nextId++, keepOnly: keep }, []);
    const holds = 'holds' in reply ? reply.holds : null;
    this.held = holds ?? undefined;
    return holds;
  }

  private post(
    message: { key: string; job: ScenarioJob; withGraphs: boolean; on: ScenarioWindow },
    signal?: AbortSignal,
  ): Promise<ScenarioReply> {
    const worker = (this.worker ??= spawn());
    const { key, job, on } = message;
    const task: ScenarioTask = { id: this.nextId++, graphsKey: key, dataVersion: on.dataVersion, job };
    if (message.withGraphs) {
      // the initiation graph is not read by what-ifs or introductions: an empty one crosses instead
      task.graphs = portableGraphs({ ...on.graphs, initiations: new DirectedGraph() as InitiationGraph });
      this.held = key;
    }
    return this.exchange(worker, task, task.graphs ? transferables(task.graphs) : [], signal);
  }

  /** Sends one message and waits for its reply; the thread's exit or the caller's abort fails it. */
  private exchange(
    worker: Worker,
    message: ScenarioMessage,
    transfer: ArrayBuffer[],
    signal?: AbortSignal,
  ): Promise<ScenarioReply> {
    worker.ref();
    return new Promise<ScenarioReply>((resolve, reject) => {
      const done = () => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        worker.unref();
      };
      const onMessage = (reply: ScenarioReply) => {
        if (reply.id !== message.id) return;
        done();
        resolve(reply);
      };
      const onExit = (code: number) => {
        done();
        this.forget(worker);
        reject(new Error(`analytics/whatif: the scenario worker exited with code ${code}`));
      };
      const onAbort = () => {
        done();
        this.forget(worker);
        void worker.terminate();
        reject(signal!.reason);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(message, transfer);
    });
  }

  private forget(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.held = undefined;
  }
}

function spawn(): Worker {
  const worker = new Worker(WORKER_URL, { execArgv: [] });
  worker.on('error', () => {}); // an error ends the thread: 'exit' follows and fails the question
  worker.unref();
  return worker;
}

function settle(reply: ScenarioReply): unknown {
  if (!reply.ok) {
    if ('missingGraphs' in reply) throw new Error('analytics/whatif: the scenario worker lost the graphs');
    throw errorFrom(reply.error);
  }
  if ('holds' in reply) throw new Error('analytics/whatif: the scenario worker answered a drop');
  return reply.result;
}
