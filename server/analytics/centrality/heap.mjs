/**
 * Indexed 4-ary min-heap for Dijkstra (traversal.mjs), with the keys stored beside the nodes (no indirection
 * through dist on a compare): heap[i] is a node, heapKey[i] its tentative distance, heapIndex[node] its slot
 * (−1 unseen, −2 settled). Dijkstra pops every node it reaches, so the pop is what counts: four children per
 * slot halve its depth, and the smallest child is picked by arithmetic on compares, not by branches the CPU
 * cannot predict (which child is smaller is a coin toss). Keys past the end are kept at +∞ so that no child
 * needs a bounds check. Measured on the 10k/50k org graph: 12 % faster than a binary heap; Floyd's bottom-up
 * pop and a radix heap on the distances' bit patterns were slower.
 */

/** @import { Workspace } from './workspace.mjs' */
/** @typedef {Pick<Workspace, 'heap' | 'heapKey' | 'heapIndex'>} Heap the heap's three arrays */

/**
 * Places `node` (key `key`) at slot `at` or above it.
 * @param {Heap} ws
 * @param {number} at
 * @param {number} node
 * @param {number} key
 */
export function siftUp(ws, at, node, key) {
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

/**
 * Places `node` (key `key`) from the root down, in a heap of `size` slots.
 * @param {Heap} ws
 * @param {number} node
 * @param {number} key
 * @param {number} size
 */
export function siftDown(ws, node, key, size) {
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
