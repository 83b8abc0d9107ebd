/**
 * The map's force layout (d3-force), seeded and capped: the same answer gives the same picture, and a large
 * graph settles in a bounded number of ticks (alpha decays from 1 to alphaMin in `tickCap(n)` ticks). Knows
 * nothing of canvas or DOM; tested headless with .stop() and .tick(n).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type ForceCollide,
  type Simulation,
} from 'd3';
import type { GraphLevel } from '../../server/schema/graph.ts';
import { seedByUnits } from './layoutCoarse.ts';
import { forceLocalRepulsion } from './layoutRepulsion.ts';
import type { MapLink, MapNode } from './types.ts';

export type Layout = Simulation<MapNode, MapLink>;

export const LAYOUT_SEED = 42;
const ALPHA_MIN = 0.001;

const FORCES: Record<GraphLevel, { distance: number; charge: number; gravity: number; collide: boolean }> = {
  person: { distance: 22, charge: -22, gravity: 0.05, collide: false },
  unit: { distance: 90, charge: -260, gravity: 0.06, collide: true },
};

/** Person maps larger than this are laid out in two levels: units first (layoutCoarse.ts), then people. */
export const MULTILEVEL_FROM = 2_000;

/** How a map of this size and level is laid out. */
interface Plan {
  /** Units are placed first; the people's layout then only refines, from a cooler start. */
  multilevel: boolean;
  /** Repulsion within `reach` only, through a grid (layoutRepulsion.ts); else d3's Barnes–Hut over all. */
  local: boolean;
  /** Alpha of a fresh layout; it decays to rest in `tickCap` ticks. */
  startAlpha: number;
  /** Barnes–Hut accuracy of the repulsion (Barnes & Hut 1986): larger is coarser and faster. */
  theta: number;
  /** Repulsion reaches this many tie lengths. */
  reach: number;
  /** How far a unit's anchor sits from the centre, relative to where its people are now. */
  anchorSpread: number;
}

/**
 * Large maps (past MULTILEVEL_FROM nodes): people in two levels, repelling only their neighbourhood (the
 * units' placement keeps the long range); units (only synthetic orgs have that many) with local repulsion.
 */
function planFor(nodeCount: number, level: GraphLevel): Plan {
  const local = { local: true, theta: 1.2, reach: REFINE_REACH };
  if (nodeCount > MULTILEVEL_FROM && level === 'person')
    return { ...local, multilevel: true, startAlpha: REFINE_ALPHA, anchorSpread: 1 };
  if (nodeCount > MULTILEVEL_FROM) return { ...local, multilevel: false, startAlpha: 1, anchorSpread: 0.8 };
  return { multilevel: false, local: false, startAlpha: 1, theta: 0.9, reach: 15, anchorSpread: 0.8 };
}
const REFINE_ALPHA = 0.3;
const REFINE_REACH = 3;

/** At most this many ticks from a fresh start to rest: full quality for small graphs, bounded time for large. */
export function tickCap(nodeCount: number): number {
  if (nodeCount <= MULTILEVEL_FROM) return 300;
  if (nodeCount <= 8_000) return REFINE_TICKS;
  return REFINE_TICKS - 20;
}
const REFINE_TICKS = 80;

export interface LayoutData {
  nodes: MapNode[];
  links: MapLink[];
  level: GraphLevel;
}

/** A stopped simulation over the data; the caller ticks it (frame loop, or .tick(n) in tests). */
export function createLayout(data: LayoutData, seed = LAYOUT_SEED): Layout {
  const plan = planFor(data.nodes.length, data.level);
  if (plan.multilevel) seedByUnits(data.nodes, data.links, seed);
  const layout = forceSimulation<MapNode, MapLink>().randomSource(randomLcg(seed)).alphaMin(ALPHA_MIN).stop();
  setLayoutData(layout, data, plan.startAlpha);
  return layout;
}

/** Gives the simulation new data (nodes keep their positions) and reheats it to `alpha`. */
export function setLayoutData(layout: Layout, data: LayoutData, alpha: number): void {
  const forces = FORCES[data.level];
  const plan = planFor(data.nodes.length, data.level);
  const degree = new Map<MapNode, number>();
  for (const link of data.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const anchors = data.level === 'person' ? unitAnchors(data.nodes, plan.anchorSpread) : () => ORIGIN;
  const maxWeight = data.links.reduce((max, link) => Math.max(max, link.data.weight), 0) || 1;
  // d3's default strength (1 / the smaller degree) keeps hubs stable; stronger ties pull harder.
  const strength = (link: MapLink) =>
    (0.3 + 0.7 * Math.sqrt(link.data.weight / maxWeight)) /
    Math.min(degree.get(link.source) ?? 1, degree.get(link.target) ?? 1);
  layout
    .nodes(data.nodes)
    .force('link', forceLink<MapNode, MapLink>(data.links).distance(forces.distance).strength(strength))
    .force('charge', repulsion(forces.charge, forces.distance * plan.reach, plan))
    .force('x', forceX<MapNode>((node) => anchors(node)[0]).strength(forces.gravity))
    .force('y', forceY<MapNode>((node) => anchors(node)[1]).strength(forces.gravity))
    .force('collide', forces.collide ? forceCollide<MapNode>((node) => node.radius + 4) : null)
    // Aimed a hair below alphaMin: at rest on the cap's last tick, whatever the rounding.
    .alphaDecay(1 - Math.pow((0.99 * ALPHA_MIN) / plan.startAlpha, 1 / tickCap(data.nodes.length)))
    .alpha(alpha);
}

function repulsion(strength: number, reach: number, plan: Plan) {
  if (plan.local) return forceLocalRepulsion(strength, reach);
  return forceManyBody<MapNode>().strength(strength).theta(plan.theta).distanceMax(reach);
}

const ORIGIN: [number, number] = [0, 0];

/**
 * Person level: gravity pulls each person toward the centre of their unit's people (as placed: units start
 * apart, placement.ts), so the people of a unit stay together and the map reads as units, not one ball.
 */
function unitAnchors(nodes: MapNode[], spread: number): (node: MapNode) => [number, number] {
  const sums = new Map<string, [number, number, number]>();
  for (const node of nodes) {
    if (!Number.isFinite(node.x) || !Number.isFinite(node.y)) continue;
    const sum = sums.get(node.data.unit) ?? [0, 0, 0];
    sums.set(node.data.unit, [sum[0] + node.x, sum[1] + node.y, sum[2] + 1]);
  }
  const anchors = new Map(
    [...sums].map(([unit, [x, y, n]]) => [unit, [(spread * x) / n, (spread * y) / n] as [number, number]]),
  );
  return (node) => anchors.get(node.data.unit) ?? ORIGIN;
}

/** After node sizes changed: collision radii follow (d3 re-reads them when the radius is set again). */
export function refreshRadii(layout: Layout): void {
  const collide = layout.force('collide') as ForceCollide<MapNode> | undefined;
  if (!collide) return;
  collide.radius((node) => node.radius + 4);
  layout.alpha(Math.max(layout.alpha(), 0.1));
}

export function isSettled(layout: Layout): boolean {
  return layout.alpha() < layout.alphaMin() && layout.alphaTarget() === 0;
}

/** A drag warms the layout (alpha target 0.3) and pins the node; letting go cools it and frees the node. */
export function pinNode(layout: Layout, node: MapNode, at: [number, number] | null): void {
  if (at) {
    if (layout.alphaTarget() === 0) layout.alphaTarget(0.3).alpha(Math.max(layout.alpha(), 0.3));
    node.fx = at[0];
    node.fy = at[1];
  } else {
    layout.alphaTarget(0);
    node.fx = null;
    node.fy = null;
  }
}
