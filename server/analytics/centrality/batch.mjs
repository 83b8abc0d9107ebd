/**
 * Unweighted Brandes for up to 32 sources at once (multi-source BFS, as Then et al., "The More the Merrier:
 * Efficient Multi-Source Graph Traversal", VLDB 2015): bit i of a node's mask stands for source i, so one scan of
 * a node's ties serves every source that reaches it at the same level — each node is scanned once per distinct
 * distance from the batch, not once per source. Path counts and dependency terms stay per source (node-major:
 * slot v·32 + i), touched only where bit i is set on both ends of a shortest-path arc; a node's sums for its
 * sources gather in 32 doubles that stay in cache.
 */

/** @import { BatchSpace, KernelCsr, Workspace } from './workspace.mjs' */

const BATCH = 32;
/**
 * The batch keeps order × 32 doubles per thread, read at random: they must stay in the cache the threads share.
 * Past 40,000 nodes (10 MB each) one source at a time wins with two threads (100k nodes: 7.9 s against 15.6 s).
 */
const BATCH_MAX_ORDER = 40_000;

/**
 * Whether the unweighted searches of this graph run 32 sources at a time.
 * @param {KernelCsr} csr
 */
export function batched(csr) {
  return csr.offsets.length - 1 <= BATCH_MAX_ORDER;
}

/**
 * @param {Workspace} ws
 * @param {KernelCsr} csr
 * @returns {BatchSpace}
 */
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

/**
 * Adds the dependencies (and, with harmonic, 1/d into into[n + v]) of sources[from, to), 32 at a time.
 * @param {KernelCsr} csr
 * @param {Int32Array} sources
 * @param {number} from
 * @param {number} to
 * @param {Float64Array} into
 * @param {boolean} harmonic
 * @param {Workspace} ws
 */
export function accumulateBatched(csr, sources, from, to, into, harmonic, ws) {
  const space = batchSpace(ws, csr);
  for (let first = from; first < to; first += BATCH) {
    const count = Math.min(BATCH, to - first);
    const levels = searchBatch(csr, sources, first, count, space);
    dependenciesBatch(csr, levels, into, harmonic, space);
  }
}

/**
 * The level lists of one batch: levelStart[l] .. levelStart[l + 1] in listNode/listMask.
 * @param {KernelCsr} csr
 * @param {Int32Array} sources
 * @param {number} first
 * @param {number} count
 * @param {BatchSpace} space
 * @returns {number} the number of levels
 */
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

/**
 * Appends node w to the level lists, growing them when full.
 * @param {BatchSpace} space
 * @param {number} tail
 * @param {number} w
 * @returns {number} the new tail
 */
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

/**
 * The entries [start, tail) take their masks from next[], which is cleared for the level after.
 * @param {BatchSpace} space
 * @param {number} start
 * @param {number} tail
 * @returns {number} tail
 */
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
 * @param {KernelCsr} csr
 * @param {number} levels
 * @param {Float64Array} into
 * @param {boolean} harmonic
 * @param {BatchSpace} space
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

/**
 * The level below is summed: its nodes' slots are zeroed for the next batch.
 * @param {number} w
 * @param {number} mask
 * @param {Int32Array} successors
 * @param {Float64Array} sigma
 */
function clearSlots(w, mask, successors, sigma) {
  successors[w] = 0;
  const wb = w * BATCH;
  for (let bits = mask; bits !== 0; bits &= bits - 1) sigma[wb + 31 - Math.clz32(bits & -bits)] = 0;
}

/**
 * Set bits of a 32-bit mask: the sources of a batch that reach a node at one level.
 * @param {number} x
 */
function popcount(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
