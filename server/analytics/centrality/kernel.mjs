/**
 * Shortest-path kernels on the CSR view (csr.ts): Brandes' betweenness and harmonic closeness, unweighted (BFS)
 * and weighted (Dijkstra, distance = 1 / weight) — the entry points pool.ts and worker.mjs call. The searches
 * are in traversal.mjs (its heap in heap.mjs), Brandes' accumulation in dependencies.mjs, the 32-source
 * unweighted batch in batch.mjs, the buffers and their types in workspace.mjs.
 *
 * Plain JavaScript, typed in JSDoc and checked by `npm run typecheck`, on purpose: the main thread (small
 * graphs) and the worker threads run these very files, so their results are bit-identical, and a worker starts
 * with no TypeScript loader under tsx, vitest or the benchmark.
 */
import { accumulateBatched, batched } from './batch.mjs';
import { dependenciesFromPredecessors, dependenciesFromSuccessors } from './dependencies.mjs';
import { bfs, bfsWithSuccessors, dijkstra, dijkstraWithPredecessors, reset } from './traversal.mjs';

/** @import { KernelCsr, Workspace } from './workspace.mjs' */
export { createWorkspace } from './workspace.mjs';

/**
 * What a block computes: `betweenness` the summed dependencies, `harmonic` closeness per source, `paths` both.
 * @typedef {object} KernelTask
 * @property {'betweenness' | 'harmonic' | 'paths'} kind
 * @property {boolean} weighted
 */

/**
 * Per source of a harmonic block, at (i − from).
 * @typedef {object} HarmonicOutput
 * @property {Float64Array} harmonic Σ 1/d(s, t) over reached t ≠ s
 * @property {Float64Array} reached the number of such t
 * @property {Float64Array} farness Σ d(s, t)
 */

/**
 * One block of work, the unit both the main thread and a worker compute: betweenness returns the block's
 * summed dependencies per node (length = order); harmonic returns [harmonic…, reached…, farness…] for the
 * block's sources; paths returns [dependencies…, Σ 1/d…] per node. Block results are merged in block order, so
 * any number of threads gives the same sums.
 * @param {KernelCsr} csr
 * @param {KernelTask} task
 * @param {Int32Array} sources
 * @param {number} from
 * @param {number} to
 * @param {Workspace} ws
 * @returns {Float64Array<ArrayBuffer>} a fresh array, its buffer transferable to the main thread
 */
export function computeBlock(csr, task, sources, from, to, ws) {
  if (task.kind === 'betweenness') {
    const into = new Float64Array(csr.offsets.length - 1);
    accumulateBetweenness(csr, task.weighted, sources, from, to, into, ws);
    return into;
  }
  if (task.kind === 'paths') {
    const into = new Float64Array(2 * (csr.offsets.length - 1));
    accumulatePaths(csr, task.weighted, sources, from, to, into, ws);
    return into;
  }
  const length = to - from;
  const packed = new Float64Array(3 * length);
  const out = {
    harmonic: packed.subarray(0, length),
    reached: packed.subarray(length, 2 * length),
    farness: packed.subarray(2 * length),
  };
  harmonicFrom(csr, task.weighted, sources, from, to, out, ws);
  return packed;
}

/**
 * Adds every source's dependencies δ_s(v) in sources[from, to) to `into` (Brandes, both endpoints excluded).
 * @param {KernelCsr} csr
 * @param {boolean} weighted
 * @param {Int32Array} sources
 * @param {number} from
 * @param {number} to
 * @param {Float64Array} into
 * @param {Workspace} ws
 */
export function accumulateBetweenness(csr, weighted, sources, from, to, into, ws) {
  if (!weighted && batched(csr)) return accumulateBatched(csr, sources, from, to, into, false, ws);
  for (let i = from; i < to; i++) {
    const reached = searchWithPaths(csr, weighted, sources[i], ws);
    if (weighted) dependenciesFromPredecessors(reached, into, ws);
    else dependenciesFromSuccessors(reached, into, ws);
    reset(ws, weighted, reached);
  }
}

/**
 * Betweenness and harmonic closeness from one search per source: into[0, n) gets the dependencies δ_s(v) as
 * accumulateBetweenness does, into[n, 2n) gets 1/d(s, v) for every v the source reaches (v ≠ s). Summed over
 * all sources the second half is each node's harmonic centrality (d is symmetric on an undirected graph);
 * over sampled sources it is the sample sum an estimate scales up.
 * @param {KernelCsr} csr
 * @param {boolean} weighted
 * @param {Int32Array} sources
 * @param {number} from
 * @param {number} to
 * @param {Float64Array} into
 * @param {Workspace} ws
 */
export function accumulatePaths(csr, weighted, sources, from, to, into, ws) {
  const n = csr.offsets.length - 1;
  const between = into.subarray(0, n);
  if (!weighted && batched(csr)) return accumulateBatched(csr, sources, from, to, into, true, ws);
  const { dist, hops, visited } = ws;
  for (let i = from; i < to; i++) {
    const reached = searchWithPaths(csr, weighted, sources[i], ws);
    for (let k = 1; k < reached; k++) {
      const v = visited[k];
      into[n + v] += 1 / (weighted ? dist[v] : hops[v]);
    }
    if (weighted) dependenciesFromPredecessors(reached, between, ws);
    else dependenciesFromSuccessors(reached, between, ws);
    reset(ws, weighted, reached);
  }
}

/**
 * For each source in sources[from, to), writes at (i - from): Σ 1/d(s, t) over reached t ≠ s (harmonic),
 * the number of such t (reached) and Σ d(s, t) (farness).
 * @param {KernelCsr} csr
 * @param {boolean} weighted
 * @param {Int32Array} sources
 * @param {number} from
 * @param {number} to
 * @param {HarmonicOutput} out
 * @param {Workspace} ws
 */
export function harmonicFrom(csr, weighted, sources, from, to, out, ws) {
  const { dist, hops, visited } = ws;
  for (let i = from; i < to; i++) {
    const reached = weighted ? dijkstra(csr, sources[i], ws) : bfs(csr, sources[i], ws);
    let harmonic = 0;
    let farness = 0;
    for (let k = 1; k < reached; k++) {
      const d = weighted ? dist[visited[k]] : hops[visited[k]];
      harmonic += 1 / d;
      farness += d;
    }
    out.harmonic[i - from] = harmonic;
    out.reached[i - from] = reached - 1;
    out.farness[i - from] = farness;
    reset(ws, weighted, reached);
  }
}

/**
 * @param {KernelCsr} csr
 * @param {boolean} weighted
 * @param {number} source
 * @param {Workspace} ws
 * @returns {number} nodes settled
 */
function searchWithPaths(csr, weighted, source, ws) {
  return weighted ? dijkstraWithPredecessors(csr, source, ws) : bfsWithSuccessors(csr, source, ws);
}
