/**
 * Runs a shortest-path kernel over a list of sources, on the main thread (small graphs) or on worker threads.
 *
 * Worker choice: a plain `.mjs` worker file next to the kernel (worker.mjs → kernel.mjs), started with
 * `new Worker(new URL('./worker.mjs', import.meta.url), { execArgv: [] })`. It needs no TypeScript loader, so it
 * runs the same under tsx (npm start), vitest and the benchmark, and the main thread imports the very same
 * kernel file — unlike an `eval: true` worker, whose source would have to be kept self-contained by hand.
 *
 * Determinism: the sources are cut into blocks whose count depends only on the number of sources; every block
 * is computed into its own array and the blocks are summed in block order, so one thread or many give
 * bit-identical results. Workers pull the next block when done (load balance on skewed graphs).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CsrGraph } from './csr.ts';
import { computeBlock, createWorkspace, type KernelTask } from './kernel.mjs';

export interface ParallelOptions {
  /** Worker threads to use; 0 = main thread. Default: the machine's available parallelism. */
  workers?: number;
  /** Graphs with fewer nodes run on the main thread (starting workers costs more). Default 1000. */
  minNodesForWorkers?: number;
}

const MAX_BLOCKS = 64;
const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export interface BlockRun {
  /** Block results in block order (see kernel.mjs computeBlock). */
  blocks: Float64Array[];
  /** Worker threads used (0 = main thread). */
  workers: number;
}

export async function runBlocks(
  csr: CsrGraph,
  task: KernelTask,
  sources: Int32Array,
  parallel: ParallelOptions = {},
): Promise<BlockRun> {
  const ranges = blockRanges(sources.length);
  const workers = workerCount(csr.order, ranges.length, parallel);
  if (workers === 0) {
    const workspace = createWorkspace(csr);
    return {
      blocks: ranges.map(([from, to]) => computeBlock(csr, task, sources, from, to, workspace)),
      workers,
    };
  }
  return { blocks: await inWorkers(csr, task, shared(sources), ranges, workers), workers };
}

/** Sums betweenness block results (length = order each) in block order. */
export function sumBlocks(blocks: Float64Array[], order: number): Float64Array {
  const total = new Float64Array(order);
  for (const block of blocks) for (let i = 0; i < order; i++) total[i]! += block[i]!;
  return total;
}

function blockRanges(count: number): Array<[number, number]> {
  const blocks = Math.min(MAX_BLOCKS, count);
  return Array.from({ length: blocks }, (_, b) => [
    Math.floor((b * count) / blocks),
    Math.floor(((b + 1) * count) / blocks),
  ]);
}

function workerCount(order: number, blocks: number, parallel: ParallelOptions): number {
  const wanted = parallel.workers ?? os.availableParallelism();
  if (order < (parallel.minNodesForWorkers ?? 1000) && parallel.workers === undefined) return 0;
  return Math.max(0, Math.min(wanted, blocks));
}

/**
 * Kernel threads kept between runs, unref'd while idle so they never keep the process alive. A new thread pays
 * its start and compiles the kernel afresh: on a 2,000-person window that cost more than the run it served.
 */
const idleThreads: Worker[] = [];

async function inWorkers(
  csr: CsrGraph,
  task: KernelTask,
  sources: Int32Array,
  ranges: Array<[number, number]>,
  count: number,
): Promise<Float64Array[]> {
  const { offsets, targets, distances } = csr;
  const inputs = { type: 'inputs', csr: { offsets, targets, distances }, sources };
  const results: Float64Array[] = new Array<Float64Array>(ranges.length);
  const threads = Array.from({ length: count }, takeThread);
  let next = 0;
  const drive = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        const block = next++;
        const range = ranges[block];
        if (!range) return finish();
        worker.postMessage({ ...task, type: 'block', block, from: range[0], to: range[1] });
      };
      const onMessage = (reply: { block: number; result: Float64Array }) => {
        results[reply.block] = reply.result;
        send();
      };
      const onExit = (code: number) => fail(new Error(`centrality/pool: worker exited with code ${code}`));
      const listen = (on: boolean) => {
        const method = on ? 'on' : 'off';
        worker[method]('message', onMessage)[method]('error', fail)[method]('exit', onExit);
      };
      const finish = () => (listen(false), resolve());
      const fail = (error: Error) => (listen(false), reject(error));
      listen(true);
      worker.postMessage(inputs);
      send();
    });
  try {
    await Promise.all(threads.map(drive));
  } catch (error) {
    await Promise.all(threads.map((worker) => worker.terminate()));
    throw error;
  }
  threads.forEach(giveBack);
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

function shared(sources: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(Math.max(1, sources.length) * 4), 0, sources.length);
  copy.set(sources);
  return copy;
}
