/**
 * The map's data, copied out of the API answer into objects the simulation may move (d3-force writes x, y,
 * vx, vy onto nodes; links point at node objects, not ids). A new answer keeps the objects — and so the
 * positions — of nodes that stay; nodes that leave are kept aside to fade out.
 */
import type { GraphAnswer, GraphEdge, GraphNode } from '../../server/schema/graph.ts';
import { BACKBONE_ALPHA } from '../../server/schema/backbone.ts';
import { placeNewNodes } from './placement.ts';
import type { MapLink, MapModel, MapNode } from './types.ts';

export type { MapLink, MapModel, MapNode } from './types.ts';

/**
 * `backboneOnly`: only the backbone is drawn and laid out (ties whose disparity α is below BACKBONE_ALPHA,
 * server/analytics/backbone/disparity.ts); every tie stays in `allLinks` and `ties` for details and selection.
 */
export function buildModel(answer: GraphAnswer, previous?: MapModel, backboneOnly = false): MapModel {
  const kept = new Map<string, MapNode>();
  for (const node of [...(previous?.leaving ?? []), ...(previous?.nodes ?? [])]) kept.set(node.id, node);
  const nodes = answer.nodes.map((data) => updateNode(kept.get(data.id), data));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const allLinks: MapLink[] = [];
  for (const edge of answer.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || source === target) continue;
    allLinks.push({ source, target, data: edge, width: 1, colour: '#999' });
  }
  const ties = tiesOf(nodes, allLinks);
  const links = backboneOnly ? backbone(allLinks, ties) : allLinks;
  const fresh = nodes.filter((node) => !kept.has(node.id));
  placeNewNodes(fresh, { ties, placed: (node) => kept.has(node.id) });
  const leaving = [...kept.values()].filter((node) => !byId.has(node.id));
  const leavingSet = new Set(leaving);
  const leavingLinks = previous
    ? previous.links.filter((link) => leavingSet.has(link.source) || leavingSet.has(link.target))
    : [];
  return { answer, nodes, links, allLinks, byId, ties, leaving, leavingLinks };
}

/**
 * The significant ties, and each node's strongest tie besides: the filter alone leaves a node whose ties are
 * all alike with none, and a unit drawn without ties would read as a silo it is not.
 */
function backbone(links: MapLink[], ties: Map<MapNode, MapLink[]>): MapLink[] {
  const strongest = new Set<MapLink>();
  for (const list of ties.values()) if (list[0]) strongest.add(list[0]);
  return links.filter((link) => strongest.has(link) || inBackbone(link.data));
}

/** A tie without an α (an older server) counts as significant: nothing is hidden for want of the number. */
export function inBackbone(edge: GraphEdge): boolean {
  return edge.disparity === undefined || edge.disparity < BACKBONE_ALPHA;
}

// The answer's objects are shared, never written: the simulation writes only to MapNode and MapLink.
function updateNode(existing: MapNode | undefined, data: GraphNode): MapNode {
  if (existing) {
    existing.data = data;
    return existing;
  }
  return { id: data.id, data, x: NaN, y: NaN, radius: 4, colour: '#999', opacity: 1, fade: null };
}

function tiesOf(nodes: MapNode[], links: MapLink[]): Map<MapNode, MapLink[]> {
  const ties = new Map<MapNode, MapLink[]>(nodes.map((node) => [node, []]));
  for (const link of links) {
    ties.get(link.source)!.push(link);
    ties.get(link.target)!.push(link);
  }
  for (const list of ties.values()) list.sort((a, b) => b.data.weight - a.data.weight);
  return ties;
}
