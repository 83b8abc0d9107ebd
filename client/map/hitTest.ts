/**
 * Which node is under the pointer, through a quadtree (d3-quadtree) of node centres: only the nodes within
 * the largest radius of the point are looked at, so hit-testing stays cheap with tens of thousands of nodes.
 * Among the nodes whose disc (plus a tolerance) holds the point, the one whose centre is nearest wins.
 */
import { quadtree, type Quadtree } from 'd3';
import type { MapNode } from './types.ts';

export class NodeIndex {
  private readonly tree: Quadtree<MapNode>;
  private readonly maxRadius: number;

  constructor(nodes: MapNode[]) {
    const placed = nodes.filter((node) => Number.isFinite(node.x) && Number.isFinite(node.y));
    this.tree = quadtree<MapNode>()
      .x((node) => node.x)
      .y((node) => node.y)
      .addAll(placed);
    this.maxRadius = placed.reduce((max, node) => Math.max(max, node.radius), 0);
  }

  /** The node at (x, y) in layout coordinates; `tolerance` widens every disc (e.g. a few screen pixels). */
  find(x: number, y: number, tolerance = 0): MapNode | undefined {
    const reach = this.maxRadius + tolerance;
    let best: MapNode | undefined;
    let bestDistance = Infinity;
    this.tree.visit((quad, x0, y0, x1, y1) => {
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const node = leaf.data;
          const distance = Math.hypot(node.x - x, node.y - y);
          if (distance <= node.radius + tolerance && distance < bestDistance) {
            best = node;
            bestDistance = distance;
          }
        }
      }
      return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
    });
    return best;
  }
}
