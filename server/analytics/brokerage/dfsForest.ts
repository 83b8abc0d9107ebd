/**
 * Depth-first forest of an undirected CSR graph with Tarjan's low-points (Tarjan 1972, "Depth-first search and
 * linear graph algorithms", SIAM J. Comput. 1(2):146–160; Hopcroft & Tarjan 1973 for articulation points),
 * iterative with an explicit stack, so 100,000-node graphs need no recursion.
 *
 * pre[v] = preorder number; each subtree, and each connected component, is the contiguous preorder range
 * [pre[v], pre[v] + size[v]). low[v] = the smallest preorder number reachable from v's subtree by tree edges
 * down and one back edge. A child c of v separates its subtree from the rest when v is removed iff
 * low[c] ≥ pre[v]; the tree edge v–c is a bridge iff low[c] > pre[v]. The graph must be simple (CSR views are).
 */
import type { CsrGraph } from '../centrality/csr.ts';

export interface DfsForest {
  /** Nodes in preorder. */
  order: Int32Array;
  pre: Int32Array;
  low: Int32Array;
  size: Int32Array;
  /** −1 for a root (one per connected component). */
  parent: Int32Array;
}

export function dfsForest(csr: CsrGraph): DfsForest {
  const n = csr.order;
  const forest: DfsForest = {
    order: new Int32Array(n),
    pre: new Int32Array(n).fill(-1),
    low: new Int32Array(n),
    size: new Int32Array(n),
    parent: new Int32Array(n).fill(-1),
  };
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (forest.pre[root]! >= 0) continue;
    let top = 0;
    stack[0] = root;
    counter = visit(forest, root, counter);
    cursor[root] = csr.offsets[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (cursor[v]! < csr.offsets[v + 1]!) {
        const w = csr.targets[cursor[v]!++]!;
        if (forest.pre[w]! < 0) {
          forest.parent[w] = v;
          counter = visit(forest, w, counter);
          cursor[w] = csr.offsets[w]!;
          stack[++top] = w;
        } else if (w !== forest.parent[v]) {
          forest.low[v] = Math.min(forest.low[v]!, forest.pre[w]!);
        }
        continue;
      }
      top--;
      const p = forest.parent[v]!;
      if (p >= 0) {
        forest.low[p] = Math.min(forest.low[p]!, forest.low[v]!);
        forest.size[p]! += forest.size[v]!;
      }
    }
  }
  return forest;
}

function visit(forest: DfsForest, v: number, counter: number): number {
  forest.pre[v] = counter;
  forest.low[v] = counter;
  forest.size[v] = 1;
  forest.order[counter] = v;
  return counter + 1;
}

/** Articulation points: a root with two or more children, any other node with a separating child. */
export function articulationPoints(forest: DfsForest): Uint8Array {
  const n = forest.pre.length;
  const points = new Uint8Array(n);
  const rootChildren = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const v = forest.parent[c]!;
    if (v < 0) continue;
    if (forest.parent[v]! < 0) rootChildren[v]! += 1;
    else if (forest.low[c]! >= forest.pre[v]!) points[v] = 1;
  }
  for (let v = 0; v < n; v++) if (forest.parent[v]! < 0 && rootChildren[v]! >= 2) points[v] = 1;
  return points;
}
