/**
 * The single-source searches of the kernels (kernel.mjs) on the CSR view: BFS by hops and Dijkstra by
 * distance = 1 / weight, each with a variant that records the shortest-path DAG as it goes for Brandes'
 * accumulation (dependencies.mjs) — BFS each node's successors (hops[w] = hops[v] + 1), Dijkstra each node's
 * predecessors as it settles (dist[u] + d(u, v) === dist[v], the float sum a relaxation stored) — so the
 * accumulation walks only the DAG's arcs instead of rescanning every neighbour and comparing again.
 * Every search settles nodes into ws.visited in order and returns how many; reset() makes them unseen again.
 */
import { siftDown, siftUp } from './heap.mjs';

/** @import { KernelCsr, Workspace } from './workspace.mjs' */

/**
 * BFS distances only (hops).
 * @param {KernelCsr} csr
 * @param {number} source
 * @param {Workspace} ws
 * @returns {number} nodes settled
 */
export function bfs(csr, source, ws) {
  const { offsets, targets } = csr;
  const { hops, visited } = ws;
  hops[source] = 0;
  visited[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = visited[head++];
    const next = hops[v] + 1;
    const end = offsets[v + 1];
    for (let e = offsets[v]; e < end; e++) {
      const w = targets[e];
      if (hops[w] < 0) {
        hops[w] = next;
        visited[tail++] = w;
      }
    }
  }
  return tail;
}

/**
 * BFS that counts shortest paths (sigma) and records each node's successors on them.
 * @param {KernelCsr} csr
 * @param {number} source
 * @param {Workspace} ws
 * @returns {number} nodes settled
 */
export function bfsWithSuccessors(csr, source, ws) {
  const { offsets, targets } = csr;
  const { hops, sigma, visited, arcs, arcEnd } = ws;
  hops[source] = 0;
  sigma[source] = 1;
  visited[0] = source;
  let head = 0;
  let tail = 1;
  let arc = 0;
  while (head < tail) {
    const v = visited[head];
    const next = hops[v] + 1;
    const paths = sigma[v];
    const end = offsets[v + 1];
    for (let e = offsets[v]; e < end; e++) {
      const w = targets[e];
      const h = hops[w];
      if (h < 0) {
        hops[w] = next;
        sigma[w] = paths;
        visited[tail++] = w;
        arcs[arc++] = w;
      } else if (h === next) {
        sigma[w] += paths;
        arcs[arc++] = w;
      }
    }
    arcEnd[head++] = arc;
  }
  return tail;
}

/**
 * Dijkstra distances only.
 * @param {KernelCsr} csr
 * @param {number} source
 * @param {Workspace} ws
 * @returns {number} nodes settled
 */
export function dijkstra(csr, source, ws) {
  const { offsets, targets, distances } = csr;
  const { dist, visited, heapIndex, heapKey } = ws;
  dist[source] = 0;
  let size = 1;
  siftUp(ws, 0, source, 0);
  let settled = 0;
  while (size > 0) {
    const v = ws.heap[0];
    heapIndex[v] = -2;
    if (--size > 0) siftDown(ws, ws.heap[size], heapKey[size], size);
    visited[settled++] = v;
    const dv = dist[v];
    const end = offsets[v + 1];
    for (let e = offsets[v]; e < end; e++) {
      const w = targets[e];
      const candidate = dv + distances[e];
      const dw = dist[w];
      if (candidate < dw) {
        dist[w] = candidate;
        siftUp(ws, dw === Infinity ? size++ : heapIndex[w], w, candidate);
      }
    }
  }
  return settled;
}

/**
 * Dijkstra that, as each node settles, finds its predecessors on shortest paths among its settled neighbours
 * (dist[u] + d(u, v) === dist[v], the float sum a relaxation from u stored) and sums their path counts.
 * @param {KernelCsr} csr
 * @param {number} source
 * @param {Workspace} ws
 * @returns {number} nodes settled
 */
export function dijkstraWithPredecessors(csr, source, ws) {
  const { offsets, targets, distances } = csr;
  const { dist, sigma, visited, arcs, arcEnd, heapIndex, heapKey } = ws;
  dist[source] = 0;
  let size = 1;
  siftUp(ws, 0, source, 0);
  let settled = 0;
  let arc = 0;
  while (size > 0) {
    const v = ws.heap[0];
    heapIndex[v] = -2;
    if (--size > 0) siftDown(ws, ws.heap[size], heapKey[size], size);
    const dv = dist[v];
    let paths = settled === 0 ? 1 : 0;
    const end = offsets[v + 1];
    for (let e = offsets[v]; e < end; e++) {
      const w = targets[e];
      const d = distances[e];
      const dw = dist[w];
      // w precedes v when settled (dw < dv) with dw + d the very sum that set dv. Half the neighbours are
      // settled, unpredictably: 0/1 factors instead of a branch (12 % faster). sigma of the others is 0.
      const predecessor = +(dw < dv) & +(dw + d === dv);
      paths += predecessor * sigma[w];
      arcs[arc] = w;
      arc += predecessor;
      const candidate = dv + d;
      if (candidate < dw) {
        dist[w] = candidate;
        const slot = heapIndex[w];
        siftUp(ws, slot === -1 ? size++ : slot, w, candidate);
      }
    }
    sigma[v] = paths;
    visited[settled] = v;
    arcEnd[settled++] = arc;
  }
  return settled;
}

/**
 * Makes the nodes a search reached unseen again: hop counts after a BFS (which sets sigma as it discovers),
 * distances, path counts and heap slots after Dijkstra.
 * @param {Workspace} ws
 * @param {boolean} weighted
 * @param {number} reached
 */
export function reset(ws, weighted, reached) {
  const { hops, dist, sigma, heapIndex, visited } = ws;
  if (!weighted) {
    for (let k = 0; k < reached; k++) hops[visited[k]] = -1;
    return;
  }
  for (let k = 0; k < reached; k++) {
    const v = visited[k];
    dist[v] = Infinity;
    sigma[v] = 0;
    heapIndex[v] = -1;
  }
}
