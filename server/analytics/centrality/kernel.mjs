/**
 * Shortest-path kernels on the CSR view (csr.ts): Brandes' dependency accumulation and harmonic closeness,
 * unweighted (BFS) and weighted (Dijkstra, distance = 1 / weight, indexed 4-ary heap).
 *
 * Plain JavaScript on purpose: the main thread (small graphs) and the worker threads (worker.mjs) run this
 * very file, so their results are bit-identical, and a worker needs no TypeScript loader under tsx, vitest or
 * the benchmark. Types are in kernel.d.mts.
 *
 * Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2). The search records
 * the shortest-path DAG as it goes — BFS each node's successors (hops[w] = hops[v] + 1), Dijkstra each node's
 * predecessors as it settles (dist[u] + d(u, v) === dist[v], the float sum a relaxation stored) — so the
 * accumulation walks only the DAG's arcs instead of rescanning every neighbour and comparing again.
 * Unweighted betweenness runs 32 sources per traversal (multi-source BFS, below): 30 % faster on the org graph.
 */

/**
 * One block of work, the unit both the main thread and a worker compute: betweenness returns the block's
 * summed dependencies per node (length = order); harmonic returns [harmonic…, reached…, farness…] for the
 * block's sources. Block results are merged in block order, so any number of threads gives the same sums.
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
 * Buffers for one thread, allocated once and reset by the nodes each source touched. `arcs` holds, per settled
 * node in settle order, its successors (BFS) or predecessors (Dijkstra) on shortest paths, ending at
 * arcEnd[k] for the k-th settled node: the accumulation then walks only the shortest-path DAG, without
 * rescanning every neighbour and comparing distances again.
 */
export function createWorkspace(csr) {
  const order = csr.offsets.length - 1;
  return {
    hops: new Int32Array(order).fill(-1),
    dist: new Float64Array(order).fill(Infinity),
    sigma: new Float64Array(order),
    coefficient: new Float64Array(order),
    visited: new Int32Array(order),
    arcs: new Int32Array(csr.targets.length),
    arcEnd: new Int32Array(order),
    heap: new Int32Array(order),
    heapKey: new Float64Array(order + 3),
    heapIndex: new Int32Array(order).fill(-1),
    batch: null, // multi-source BFS buffers, made on first use (unweighted only)
  };
}

/** Adds every source's dependencies δ_s(v) in sources[from, to) to `into` (Brandes, both endpoints excluded). */
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

function searchWithPaths(csr, weighted, source, ws) {
  return weighted ? dijkstraWithPredecessors(csr, source, ws) : bfsWithSuccessors(csr, source, ws);
}

/** BFS distances only (hops); settles nodes into ws.visited and returns how many. */
function bfs(csr, source, ws) {
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

/** BFS that counts shortest paths (sigma) and records each node's successors on them. */
function bfsWithSuccessors(csr, source, ws) {
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

/** δ(v) = σ(v) · Σ over successors w of (1 + δ(w)) / σ(w), in reverse BFS order; successors from the BFS. */
function dependenciesFromSuccessors(reached, into, ws) {
  const { sigma, coefficient, visited, arcs, arcEnd } = ws;
  let end = arcEnd[reached - 1];
  for (let k = reached - 1; k >= 0; k--) {
    const start = k > 0 ? arcEnd[k - 1] : 0;
    let sum = 0;
    for (let a = start; a < end; a++) sum += coefficient[arcs[a]];
    end = start;
    const v = visited[k];
    const paths = sigma[v];
    const delta = paths * sum;
    coefficient[v] = (1 + delta) / paths;
    if (k > 0) into[v] += delta;
  }
}

/**
 * The same sums with predecessor lists (Dijkstra's): in reverse settle order, each node's Σ over successors
 * is complete (successors settle later), so it is finished and its term added to its predecessors' sums.
 * ws.coefficient holds those running sums and is left zeroed.
 */
function dependenciesFromPredecessors(reached, into, ws) {
  const { sigma, coefficient: sums, visited, arcs, arcEnd } = ws;
  let end = arcEnd[reached - 1];
  for (let k = reached - 1; k > 0; k--) {
    const v = visited[k];
    const paths = sigma[v];
    const delta = paths * sums[v];
    sums[v] = 0;
    into[v] += delta;
    const term = (1 + delta) / paths;
    const start = arcEnd[k - 1];
    for (let a = start; a < end; a++) sums[arcs[a]] += term;
    end = start;
  }
  sums[visited[0]] = 0;
}

/** Dijkstra distances only; settles nodes into ws.visited in order and returns how many it settled. */
function dijkstra(csr, source, ws) {
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
 */
function dijkstraWithPredecessors(csr, source, ws) {
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

/*
 * Unweighted Brandes for up to 32 sources at once (multi-source BFS, as Then et al., "The More the Merrier:
 * Efficient Multi-Source Graph Traversal", VLDB 2015): bit i of a node's mask stands for source i, so one scan of
 * a node's ties serves every source that reaches it at the same level — each node is scanned once per distinct
 * distance from the batch, not once per source. Path counts and dependency terms stay per source (node-major:
 * slot v·32 + i), touched only where bit i is set on both ends of a shortest-path arc; a node's sums for its
 * sources gather in 32 doubles that stay in cache.
 */
const BATCH = 32;
/**
 * The batch keeps order × 32 doubles per thread, read at random: they must stay in the cache the threads share.
 * Past 40,000 nodes (10 MB each) one source at a time wins with two threads (100k nodes: 7.9 s against 15.6 s).
 */
const BATCH_MAX_ORDER = 40_000;

function batched(csr) {
  return csr.offsets.length - 1 <= BATCH_MAX_ORDER;
}

function batchSpace(ws, csr) {
  if (ws.batch) return ws.batch;
  const order = csr.offsets.length - 1;
  ws.batch = {
    seen: new Int32Array(order),
    next: new Int32Array(order),
    successors: new Int32Array(order),
    sigma: new Float64Array(order * BATCH),
    sums: new Float64Array(BATCH),
    listNode: new Int32Array(order * 4),
    listMask: new Int32Array(order * 4),
    levelStart: [0],
  };
  return ws.batch;
}

/** Adds the dependencies (and, with harmonic, 1/d into into[n + v]) of sources[from, to), 32 at a time. */
function accumulateBatched(csr, sources, from, to, into, harmonic, ws) {
  const space = batchSpace(ws, csr);
  for (let first = from; first < to; first += BATCH) {
    const count = Math.min(BATCH, to - first);
    const levels = searchBatch(csr, sources, first, count, space);
    dependenciesBatch(csr, levels, into, harmonic, space);
  }
}

/** The level lists of one batch: levelStart[l] .. levelStart[l + 1] in listNode/listMask. Returns the levels. */
function searchBatch(csr, sources, first, count, space) {
  const { offsets, targets } = csr;
  const { seen, next, sigma, levelStart } = space;
  let tail = 0;
  for (let i = 0; i < count; i++) {
    const s = sources[first + i];
    if (next[s] === 0) tail = push(space, tail, s);
    next[s] |= 1 << i;
    sigma[s * BATCH + i] = 1;
  }
  tail = closeLevel(space, 0, tail);
  levelStart.length = 1;
  levelStart.push(tail);
  let level = 0;
  while (levelStart[level + 1] > levelStart[level]) {
    const end = levelStart[level + 1];
    for (let k = levelStart[level]; k < end; k++) {
      const { listNode, listMask } = space;
      const v = listNode[k];
      const frontier = listMask[k];
      const vb = v * BATCH;
      const stop = offsets[v + 1];
      for (let e = offsets[v]; e < stop; e++) {
        const w = targets[e];
        const sw = seen[w];
        const nw = next[w];
        const onPath = frontier & (~sw | nw); // sources for which w is one level further than v
        if (onPath === 0) continue;
        const fresh = onPath & ~sw;
        if (fresh !== 0) {
          if (nw === 0) tail = push(space, tail, w);
          next[w] = nw | fresh;
          seen[w] = sw | fresh;
        }
        const wb = w * BATCH;
        for (let bits = onPath; bits !== 0; bits &= bits - 1) {
          const i = 31 - Math.clz32(bits & -bits);
          sigma[wb + i] += sigma[vb + i];
        }
      }
    }
    tail = closeLevel(space, end, tail);
    level++;
    levelStart.push(tail);
  }
  return level;
}

/** Appends node w to the level lists, growing them when full. */
function push(space, tail, w) {
  if (tail === space.listNode.length) {
    const node = new Int32Array(tail * 2);
    const mask = new Int32Array(tail * 2);
    node.set(space.listNode);
    mask.set(space.listMask);
    space.listNode = node;
    space.listMask = mask;
  }
  space.listNode[tail] = w;
  return tail + 1;
}

/** The entries [start, tail) take their masks from next[], which is cleared for the level after. */
function closeLevel(space, start, tail) {
  const { listNode, listMask, next, seen } = space;
  for (let k = start; k < tail; k++) {
    const w = listNode[k];
    listMask[k] = next[w];
    seen[w] |= next[w];
    next[w] = 0;
  }
  return tail;
}

/**
 * Brandes' accumulation, level by level from the deepest: a node's successors for source i are its neighbours
 * whose mask at the next level holds bit i. Leaves sigma, sums and seen zeroed for the next batch.
 */
function dependenciesBatch(csr, levels, into, harmonic, space) {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const { listNode, listMask, levelStart, successors, sigma, sums, seen } = space;
  for (let level = levels - 1; level >= 0; level--) {
    const below = levelStart[level + 1];
    const belowEnd = levelStart[level + 2];
    for (let k = below; k < belowEnd; k++) successors[listNode[k]] = listMask[k];
    for (let k = levelStart[level]; k < below; k++) {
      const v = listNode[k];
      const mask = listMask[k];
      const vb = v * BATCH;
      if (belowEnd > below) {
        const stop = offsets[v + 1];
        for (let e = offsets[v]; e < stop; e++) {
          const w = targets[e];
          const onPath = mask & successors[w];
          if (onPath === 0) continue;
          const wb = w * BATCH;
          for (let bits = onPath; bits !== 0; bits &= bits - 1) {
            const i = 31 - Math.clz32(bits & -bits);
            sums[i] += sigma[wb + i];
          }
        }
      }
      let total = 0;
      for (let bits = mask; bits !== 0; bits &= bits - 1) {
        const i = 31 - Math.clz32(bits & -bits);
        const paths = sigma[vb + i];
        const delta = paths * sums[i];
        sigma[vb + i] = (1 + delta) / paths; // σ is done with: the slot now holds the term its predecessors sum
        total += delta;
        sums[i] = 0;
      }
      seen[v] = 0;
      if (level > 0) {
        into[v] += total;
        if (harmonic) into[n + v] += popcount(mask) / level;
      }
    }
    for (let k = below; k < belowEnd; k++) clearSlots(listNode[k], listMask[k], successors, sigma);
  }
  for (let k = 0; k < levelStart[1]; k++) clearSlots(listNode[k], listMask[k], successors, sigma);
}

/** The level below is summed: its nodes' slots are zeroed for the next batch. */
function clearSlots(w, mask, successors, sigma) {
  successors[w] = 0;
  const wb = w * BATCH;
  for (let bits = mask; bits !== 0; bits &= bits - 1) sigma[wb + 31 - Math.clz32(bits & -bits)] = 0;
}

function popcount(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/*
 * Indexed 4-ary min-heap with the keys stored beside the nodes (no indirection through dist on a compare):
 * heap[i] is a node, heapKey[i] its tentative distance, heapIndex[node] its slot (−1 unseen, −2 settled).
 * Dijkstra pops every node it reaches, so the pop is what counts: four children per slot halve its depth,
 * and the smallest child is picked by arithmetic on compares, not by branches the CPU cannot predict (which
 * child is smaller is a coin toss). Keys past the end are kept at +∞ so that no child needs a bounds check.
 * Measured on the 10k/50k org graph: 12 % faster than a binary heap; Floyd's bottom-up pop and a radix heap
 * on the distances' bit patterns were slower.
 */
function siftUp(ws, at, node, key) {
  const { heap, heapKey, heapIndex } = ws;
  while (at > 0) {
    const parent = (at - 1) >> 2;
    const parentKey = heapKey[parent];
    if (parentKey <= key) break;
    const above = heap[parent];
    heap[at] = above;
    heapKey[at] = parentKey;
    heapIndex[above] = at;
    at = parent;
  }
  heap[at] = node;
  heapKey[at] = key;
  heapIndex[node] = at;
}

/** Places `node` (key `key`) from the root down, in a heap of `size` slots. */
function siftDown(ws, node, key, size) {
  const { heap, heapKey, heapIndex } = ws;
  heapKey[size] = Infinity;
  heapKey[size + 1] = Infinity;
  heapKey[size + 2] = Infinity;
  let at = 0;
  for (;;) {
    const first = 4 * at + 1;
    if (first >= size) break;
    const a = first + +(heapKey[first + 1] < heapKey[first]);
    const b = first + 2 + +(heapKey[first + 3] < heapKey[first + 2]);
    const child = heapKey[b] < heapKey[a] ? b : a;
    const childKey = heapKey[child];
    if (childKey >= key) break;
    const below = heap[child];
    heap[at] = below;
    heapKey[at] = childKey;
    heapIndex[below] = at;
    at = child;
  }
  heap[at] = node;
  heapKey[at] = key;
  heapIndex[node] = at;
}

/**
 * Makes the nodes a search reached unseen again: hop counts after a BFS (which sets sigma as it discovers),
 * distances, path counts and heap slots after Dijkstra.
 */
function reset(ws, weighted, reached) {
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
