/** Focus mode: the nodes within `hops` ties of the selected node (breadth-first); the rest is faded. */
import { otherEnd, type MapLink, type MapNode } from './types.ts';

export function withinHops(ties: Map<MapNode, MapLink[]>, start: MapNode, hops = 2): Set<MapNode> {
  const reached = new Set<MapNode>([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: MapNode[] = [];
    for (const node of frontier) {
      for (const link of ties.get(node) ?? []) {
        const neighbour = otherEnd(link, node);
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}
