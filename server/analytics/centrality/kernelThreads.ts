/**
 * The kernel's worker threads, kept between runs and unref'd while idle so they never keep the process alive: a
 * new thread pays its start and compiles the kernel afresh, which on a 2,000-person window cost more than the
 * run it served. Each run sends a thread its shared CSR arrays and sources, then one block at a time.
 *
 * Worker choice: a plain `.mjs` worker file next to the kernel (worker.mjs → kernel.mjs), started with
 * `new Worker(new URL('./worker.mjs', import.meta.url), { execArgv: [] })`. It needs no TypeScript loader, so it
 * runs the same under tsx (npm start), vitest and the benchmark, and the main thread imports the very same
 * kernel file — unlike an `eval: true` worker, whose source would have to be kept self-contained by hand.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CsrGraph } from './csr.ts';
import type { KernelTask } from './kernel.mjs';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);
const idleThreads: Worker[] = [];

/**
 * The blocks' results in block order, computed on `count` threads that pull the next block when done. A
 * `checkpoint` that throws stops the run: each thread finishes its block and is kept; the error is thrown.
 */
export async function onKernelThreads(
  csr: CsrGraph,
  task: KernelTask,
  sources: Int32Array,
  ranges: Array<[number, number]>,
  count: number,
  checkpoint: () => void = () => {},
): Promise<Float64Array[]> {
  const { offsets, targets, distances } = csr;
  const inputs = { type: 'inputs', csr: { offsets, targets, distances }, sources };
  const results: Float64Array[] = new Array<Float64Array>(ranges.length);
  const broken = new Set<Worker>();
  let next = 0;
  const nextBlock = () => {
    checkpoint();
    const block = next++;
    const range = ranges[block];
    return range && { ...task, type: 'block', block, from: range[0], to: range[1] };
  };
  const drive = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        try {
          const block = nextBlock();
          if (!block) return settle();
          worker.postMessage(block);
        } catch (error) {
          settle(error as Error);
        }
      };
      const onMessage = (reply: { block: number; result: Float64Array }) => {
        results[reply.block] = reply.result;
        send();
      };
      const onBroken = (error: Error) => (broken.add(worker), settle(error));
      const onExit = (code: number) =>
        onBroken(new Error(`centrality/kernelThreads: worker exited with code ${code}`));
      const listen = (on: boolean) => {
        const method = on ? 'on' : 'off';
        worker[method]('message', onMessage)[method]('error', onBroken)[method]('exit', onExit);
      };
      const settle = (error?: Error) => (listen(false), error ? reject(error) : resolve());
      listen(true);
      worker.postMessage(inputs);
      send();
    });
  const threads = Array.from({ length: count }, takeThread);
  const outcomes = await Promise.allSettled(threads.map(drive));
  for (const worker of threads) {
    if (broken.has(worker)) void worker.terminate();
    else giveBack(worker);
  }
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}

function takeThread(): Worker {
  const worker = idleThreads.pop() ?? spawnThread();
  worker.ref();
  return worker;
}

function spawnThread(): Worker {
  const worker = new Worker(WORKER_URL, { execArgv: [] });
  worker.once('exit', () => {
    const at = idleThreads.indexOf(worker);
    if (at >= 0) idleThreads.splice(at, 1);
  });
  return worker;
}

function giveBack(worker: Worker): void {
  worker.unref();
  if (idleThreads.length < os.availableParallelism()) idleThreads.push(worker);
  else void worker.terminate();
}
