/**
 * The What changed map's data: one node per unit of the compare answer and one tie per compared pair, with
 * the pair beside it, in the map's model shape (client/map/types.ts) so the map's layout and renderer take it.
 * A tie's strength for the layout is the larger of its two rates, so a lost tie still holds its ends together.
 */
import type { CompareAnswer } from '../../server/schema/compare.ts';
import type { GraphAnswer, GraphNode } from '../../server/schema/graph.ts';
import type { MapLink, MapModel, MapNode } from '../map/types.ts';
import { DEFAULT_RADIUS } from '../theme.ts';
import { CHANGE_COLOURS, UNIT_COLOUR } from './changeColours.ts';

export type ComparedPair = CompareAnswer['pairs'][number];
type ComparedUnit = CompareAnswer['units'][number];

export interface CompareModel {
  model: MapModel;
  pairOf: Map<MapLink, ComparedPair>;
  /** The tie between two units, either way round. */
  tieBetween(a: string, b: string): MapLink | undefined;
}

export function buildCompareModel(answer: CompareAnswer): CompareModel {
  const nodes = answer.units.map(unitNode);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const pairOf = new Map<MapLink, ComparedPair>();
  const byKey = new Map<string, MapLink>();
  for (const pair of answer.pairs) {
    const source = byId.get(pair.a);
    const target = byId.get(pair.b);
    if (!source || !target || source === target) continue;
    const weight = Math.max(pair.before, pair.after);
    const data = { source: pair.a, target: pair.b, weight, engagements: pair.engagementsAfter };
    const link: MapLink = { source, target, data, width: 1, colour: CHANGE_COLOURS[pair.change] };
    pairOf.set(link, pair);
    byKey.set(pairKey(pair.a, pair.b), link);
  }
  const links = [...pairOf.keys()];
  placeOnCircle(nodes);
  const ties = new Map<MapNode, MapLink[]>(nodes.map((node) => [node, []]));
  for (const link of links) {
    ties.get(link.source)!.push(link);
    ties.get(link.target)!.push(link);
  }
  const model: MapModel = {
    answer: graphShaped(answer, nodes),
    nodes,
    links,
    allLinks: links,
    byId,
    ties,
    leaving: [],
    leavingLinks: [],
  };
  return { model, pairOf, tieBetween: (a, b) => byKey.get(pairKey(a, b)) };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The compare answer names units only; the rest of a map node's data is what the map needs to draw a unit. */
function unitNode(unit: ComparedUnit): MapNode {
  const isolated = unit.isolatedAfter === true;
  const data: GraphNode = {
    id: unit.id,
    label: unit.name,
    unit: unit.id,
    unitName: unit.name,
    unitType: 'department',
    unitKind: 'business',
    community: null,
    metrics: {},
    flags: isolated ? [{ flag: 'isolated', reason: 'Isolated in the second period' }] : [],
  };
  const radius = DEFAULT_RADIUS.unit;
  return { id: unit.id, data, x: NaN, y: NaN, radius, colour: UNIT_COLOUR, opacity: 1, fade: null };
}

/** Deterministic start positions (a circle, in answer order), so the same answer lays out the same. */
function placeOnCircle(nodes: MapNode[]): void {
  const r = 40 * Math.sqrt(nodes.length);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    node.x = r * Math.cos(angle);
    node.y = r * Math.sin(angle);
  });
}

/** The few answer fields the map's drawing reads (the level for labels, the window for exports). */
function graphShaped(answer: CompareAnswer, nodes: MapNode[]): GraphAnswer {
  return {
    level: 'unit',
    window: answer.after,
    nodes: nodes.map((node) => node.data),
    edges: [],
    page: { offset: 0, limit: nodes.length, totalNodes: nodes.length, truncated: false },
    metrics: [],
    privacy: { ...answer.privacy },
  };
}
