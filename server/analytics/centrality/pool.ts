/**
 * Runs a shortest-path kernel over a list of sources, on the main thread (small graphs) or on worker threads.
 *
 * The threads are kept between runs (kernelThreads.ts).
 *
 * Determinism: the sources are cut into blocks whose count depends only on the number of sources; every block
 * is computed into its own array and the blocks are summed in block order, so one thread or many give
 * bit-identical results. Workers pull the next block when done (load balance on skewed graphs).
 */
import os from 'node:os';
import type { CsrGraph } from './csr.ts';
import { computeBlock, createWorkspace, type KernelTask } from './kernel.mjs';
import { onKernelThreads } from './kernelThreads.ts';

export interface ParallelOptions {
  /** Worker threads to use; 0 = main thread. Default: the machine's available parallelism. */
  workers?: number;
  /** Graphs with fewer nodes run on the main thread (handing blocks to threads costs more). Default 1000. */
  minNodesForWorkers?: number;
  /** Called before each block; throws to stop the run (a cancelled window computation). */
  checkpoint?: () => void;
}

const MAX_BLOCKS = 64;

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
    const blocks = ranges.map(([from, to]) => {
      parallel.checkpoint?.();
      return computeBlock(csr, task, sources, from, to, workspace);
    });
    return { blocks, workers };
  }
  const blocks = await onKernelThreads(csr, task, shared(sources), ranges, workers, parallel.checkpoint);
  return { blocks, workers };
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

function shared(sources: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(Math.max(1, sources.length) * 4), 0, sources.length);
  copy.set(sources);
  return copy;
}
