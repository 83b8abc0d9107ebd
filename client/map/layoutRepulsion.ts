/**
 * Short-range repulsion for the finest level of the two-level layout: people push each other apart with
 * d3's many-body law (a pull of strength × alpha / distance, d3-force's forceManyBody), but only within
 * `cutoff`, found through a uniform grid of cells `cutoff` wide (Walshaw 2003, "A multilevel algorithm for
 * force-directed graph drawing": at the fine levels repulsion is local and grid-based). The long range — units
 * kept apart — is settled by the coarse level (layoutCoarse.ts). Flat typed arrays and no allocation per tick:
 * a tick at 5,000 people costs a few milliseconds where d3's Barnes–Hut quadtree costs tens, mostly garbage.
 */
import type { Force } from 'd3';
import type { MapLink, MapNode } from './types.ts';

/** The grid has at most this many cells a side; a far-flung node widens cells rather than the grid. */
const MAX_CELLS = 256;

export interface LocalRepulsion extends Force<MapNode, MapLink> {
  strength(value: number): LocalRepulsion;
}

export function forceLocalRepulsion(strength: number, cutoff: number): LocalRepulsion {
  let nodes: MapNode[] = [];
  let order = new Int32Array(0);
  let cellOf = new Int32Array(0);
  let random: () => number = Math.random;
  const cutoff2 = cutoff * cutoff;

  const force = ((alpha: number) => {
    const n = nodes.length;
    if (n < 2) return;
    const grid = gridOver(nodes, cutoff);
    const starts = new Int32Array(grid.cols * grid.rows + 1);
    for (let i = 0; i < n; i++) starts[(cellOf[i] = grid.cell(nodes[i]!)) + 1]! += 1;
    for (let c = 0; c < starts.length - 1; c++) starts[c + 1]! += starts[c]!;
    const fill = starts.slice(0, -1);
    for (let i = 0; i < n; i++) order[fill[cellOf[i]!]!++] = i;
    const k = strength * alpha;
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      const cx = cellOf[i]! % grid.cols;
      const cy = (cellOf[i]! - cx) / grid.cols;
      for (let y = Math.max(0, cy - 1); y <= Math.min(grid.rows - 1, cy + 1); y++)
        for (let x = Math.max(0, cx - 1); x <= Math.min(grid.cols - 1, cx + 1); x++) {
          const c = y * grid.cols + x;
          for (let s = starts[c]!; s < starts[c + 1]!; s++) {
            const j = order[s]!;
            if (j <= i) continue;
            const b = nodes[j]!;
            let dx = b.x - a.x;
            let dy = b.y - a.y;
            let l = dx * dx + dy * dy;
            if (l >= cutoff2) continue;
            if (l === 0) {
              dx = (random() - 0.5) * 1e-6;
              dy = (random() - 0.5) * 1e-6;
              l = dx * dx + dy * dy;
            }
            if (l < 1) l = Math.sqrt(l);
            const w = k / l;
            a.vx! += dx * w;
            a.vy! += dy * w;
            b.vx! -= dx * w;
            b.vy! -= dy * w;
          }
        }
    }
  }) as LocalRepulsion;

  force.initialize = (next: MapNode[], nextRandom: () => number) => {
    nodes = next;
    random = nextRandom;
    order = new Int32Array(nodes.length);
    cellOf = new Int32Array(nodes.length);
  };
  force.strength = (value: number) => ((strength = value), force);
  return force;
}

interface Grid {
  cols: number;
  rows: number;
  cell(node: MapNode): number;
}

function gridOver(nodes: MapNode[], cutoff: number): Grid {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    if (node.x < x0) x0 = node.x;
    if (node.x > x1) x1 = node.x;
    if (node.y < y0) y0 = node.y;
    if (node.y > y1) y1 = node.y;
  }
  const size = Math.max(cutoff, (x1 - x0) / MAX_CELLS, (y1 - y0) / MAX_CELLS);
  const cols = Math.floor((x1 - x0) / size) + 1;
  const rows = Math.floor((y1 - y0) / size) + 1;
  return {
    cols,
    rows,
    cell: (node) => Math.floor((node.y - y0) / size) * cols + Math.floor((node.x - x0) / size),
  };
}
