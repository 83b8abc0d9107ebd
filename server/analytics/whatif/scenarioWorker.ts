/**
 * The HTTP thread's side of the scenario worker: one thread, started on first use (loading the analytics
 * modules takes it ~0.5 s), unref'd while idle so it never keeps the process alive. Questions run one at a time
 * in the order asked. The window's graphs are sent only when the thread does not hold them yet. A caller that
 * goes away stops its question: the thread is ended (whatever it was doing) and started again on the next one.
 */
import { Worker } from 'node:worker_threads';
import { DirectedGraph } from 'graphology';
import type { InitiationGraph } from '../graphs.ts';
import { portableGraphs, transferables } from '../compute/graphTransfer.ts';
import { errorFrom } from '../compute/protocol.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import type { ScenarioJob, ScenarioReply, ScenarioResult, ScenarioTask } from './workerProtocol.ts';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export interface ScenarioWindow {
  dataVersion: number;
  window: { key: string; from: Date; to: Date };
  graphs: DerivedGraphs;
}

export class ScenarioWorker {
  private worker: Worker | undefined;
  private held: string | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  run<J extends ScenarioJob>(on: ScenarioWindow, job: J, signal?: AbortSignal): Promise<ScenarioResult<J>> {
    const turn = this.queue.then(() => this.ask(on, job, signal));
    this.queue = turn.catch(() => {});
    return turn as Promise<ScenarioResult<J>>;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.held = undefined;
    await worker?.terminate();
  }

  private async ask(on: ScenarioWindow, job: ScenarioJob, signal?: AbortSignal): Promise<unknown> {
    signal?.throwIfAborted();
    const key = `${on.dataVersion}|${on.window.key}|${on.window.from.toISOString()}|${on.window.to.toISOString()}`;
    const first = await this.post({ graphsKey: key, job, withGraphs: this.held !== key, on }, signal);
    if (!('missingGraphs' in first)) return settle(first);
    return settle(await this.post({ graphsKey: key, job, withGraphs: true, on }, signal));
  }

  private post(
    message: { graphsKey: string; job: ScenarioJob; withGraphs: boolean; on: ScenarioWindow },
    signal?: AbortSignal,
  ): Promise<ScenarioReply> {
    const worker = (this.worker ??= spawn());
    const id = this.nextId++;
    const task: ScenarioTask = { id, graphsKey: message.graphsKey, job: message.job };
    if (message.withGraphs) {
      // the initiation graph is not read by what-ifs or introductions: an empty one crosses instead
      task.graphs = portableGraphs({
        ...message.on.graphs,
        initiations: new DirectedGraph() as InitiationGraph,
      });
      this.held = message.graphsKey;
    }
    worker.ref();
    return new Promise<ScenarioReply>((resolve, reject) => {
      const done = () => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        worker.unref();
      };
      const onMessage = (reply: ScenarioReply) => {
        if (reply.id !== id) return;
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
      worker.postMessage(task, task.graphs ? transferables(task.graphs) : []);
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
  if (reply.ok) return reply.result;
  if ('missingGraphs' in reply) throw new Error('analytics/whatif: the scenario worker lost the graphs');
  throw errorFrom(reply.error);
}
