/**
 * The inputs and buffers of the shortest-path kernels (kernel.mjs), typed here in JSDoc so that `npm run
 * typecheck` checks the plain-JavaScript kernel files a worker thread runs without a TypeScript loader.
 */

/**
 * The arrays of the CSR view the kernels read (csr.ts); a worker receives just these three.
 * @typedef {object} KernelCsr
 * @property {Int32Array} offsets ties of node v are targets[offsets[v], offsets[v + 1])
 * @property {Int32Array} targets
 * @property {Float64Array} distances 1 / weight per tie, beside targets
 */

/**
 * Buffers of one thread, allocated once and reset by the nodes each source touched.
 * @typedef {object} Workspace
 * @property {Int32Array} hops BFS hop count, −1 unseen
 * @property {Float64Array} dist Dijkstra distance, +∞ unseen
 * @property {Float64Array} sigma shortest-path counts
 * @property {Float64Array} coefficient BFS: (1 + δ(v)) / σ(v), Brandes' term; Dijkstra: running Σ of the
 *   successors' terms
 * @property {Int32Array} visited settled nodes in settle order
 * @property {Int32Array} arcs successors (BFS) or predecessors (Dijkstra) on shortest paths of the settled nodes
 * @property {Int32Array} arcEnd arcEnd[k]: where the arcs of the k-th settled node end (they start where the
 *   previous node's end)
 * @property {Int32Array} heap 4-ary heap (heap.mjs): the nodes
 * @property {Float64Array} heapKey the nodes' keys, beside them, with room for three +∞ past the end
 * @property {Int32Array} heapIndex each node's heap slot: −1 unseen, −2 settled
 * @property {BatchSpace | null} batch multi-source BFS buffers (batch.mjs), made on first use (unweighted only)
 */

/**
 * Buffers of the 32-source BFS (batch.mjs); bit i of a mask stands for the batch's source i.
 * @typedef {object} BatchSpace
 * @property {Int32Array} seen sources that reached each node so far
 * @property {Int32Array} next sources that reach each node at the level being built
 * @property {Int32Array} successors masks of the level below, during the accumulation
 * @property {Float64Array} sigma per node and source (slot v·32 + i): path counts, then Brandes' terms
 * @property {Float64Array} sums per source: Σ of the successors' terms of the node being finished
 * @property {Int32Array} listNode the level lists' nodes (grown when full)
 * @property {Int32Array} listMask the level lists' masks, beside listNode
 * @property {number[]} levelStart level l is listNode[levelStart[l], levelStart[l + 1])
 */

/**
 * @param {KernelCsr} csr
 * @returns {Workspace}
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
    batch: null,
  };
}
