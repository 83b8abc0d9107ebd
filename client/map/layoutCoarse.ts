/**
 * The first level of a two-level layout (multilevel in the spirit of Walshaw 2003 and Hu 2005, with units as
 * the coarse graph): a large person-level map is first laid out as its units — one body per unit, sized by
 * its people, tied to the units its people work with — and each unit's people are then moved, together, to
 * where their unit landed. The full layout only refines from there (layout.ts): the org's shape is found on a
 * few hundred bodies instead of thousands of people, so a 5,000-person map comes to rest in a fraction of the
 * ticks. Seeded and deterministic, like the rest of the layout.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { MapLink, MapNode } from './types.ts';

interface UnitBody extends SimulationNodeDatum {
  x: number;
  y: number;
  members: MapNode[];
  /** Room the unit's people take once laid out. */
  radius: number;
}

/** Layout area per person at rest (person forces of layout.ts, measured on synthetic orgs): about 15 px apart. */
const AREA_PER_PERSON = 700;
const COARSE_TICKS = 150;
const SEPARATING_TICKS = 50;

/** Moves every unit's people (kept in their shape, spread to their resting density) to their unit's place. */
export function seedByUnits(nodes: MapNode[], links: MapLink[], seed: number): void {
  const bodies = unitBodies(nodes);
  const ties = unitTies(links, bodies);
  const maxWeight = ties.reduce((max, tie) => Math.max(max, tie.weight), 0) || 1;
  const simulation = forceSimulation<UnitBody>([...bodies.values()])
    .randomSource(randomLcg(seed))
    .force(
      'link',
      forceLink<UnitBody, UnitTie>(ties)
        .distance((tie) => tie.source.radius + tie.target.radius)
        .strength((tie) => 0.05 + 0.45 * Math.sqrt(tie.weight / maxWeight)),
    )
    .force(
      'charge',
      forceManyBody<UnitBody>().strength((body) => -30 * Math.sqrt(body.members.length)),
    )
    .force('x', forceX<UnitBody>(0).strength(0.04))
    .force('y', forceY<UnitBody>(0).strength(0.04))
    .stop();
  // Units find their partners first; then overlaps are pushed apart (collision is the costly force here).
  simulation.tick(COARSE_TICKS - SEPARATING_TICKS);
  simulation.force(
    'collide',
    forceCollide<UnitBody>((body) => body.radius * 1.05),
  );
  simulation.tick(SEPARATING_TICKS);
  for (const body of bodies.values()) moveMembers(body);
}

function unitBodies(nodes: MapNode[]): Map<string, UnitBody> {
  const bodies = new Map<string, UnitBody>();
  for (const node of nodes) {
    const body = bodies.get(node.data.unit);
    if (body) body.members.push(node);
    else bodies.set(node.data.unit, { x: 0, y: 0, members: [node], radius: 0 });
  }
  let [extent, area] = [1e-9, 0];
  for (const body of bodies.values()) {
    [body.x, body.y] = centroid(body.members);
    body.radius = Math.sqrt((AREA_PER_PERSON * body.members.length) / Math.PI);
    extent = Math.max(extent, Math.hypot(body.x, body.y));
    area += AREA_PER_PERSON * body.members.length;
  }
  // Units start where placement put them, spread to the room they need: overlapping bodies cost the
  // collision force most of its time and the layout many ticks.
  const scale = Math.max(1, Math.sqrt((1.5 * area) / Math.PI) / extent);
  for (const body of bodies.values()) [body.x, body.y] = [body.x * scale, body.y * scale];
  return bodies;
}

interface UnitTie extends SimulationLinkDatum<UnitBody> {
  source: UnitBody;
  target: UnitBody;
  weight: number;
}

/** Ties between units: the people's ties across them, their weights summed. */
function unitTies(links: MapLink[], bodies: Map<string, UnitBody>): UnitTie[] {
  const ties = new Map<string, UnitTie>();
  for (const link of links) {
    const [a, b] = [link.source.data.unit, link.target.data.unit].sort();
    if (a === b) continue;
    const key = `${a}\u0000${b}`;
    const tie = ties.get(key);
    if (tie) tie.weight += link.data.weight;
    else ties.set(key, { source: bodies.get(a!)!, target: bodies.get(b!)!, weight: link.data.weight });
  }
  return [...ties.values()];
}

/** The unit's people keep their arrangement around their centre, scaled to the room the unit has. */
function moveMembers(body: UnitBody): void {
  const [cx, cy] = centroid(body.members);
  const spread = Math.max(...body.members.map((node) => Math.hypot(node.x - cx, node.y - cy)), 1e-9);
  const scale = (0.9 * body.radius) / spread;
  for (const node of body.members) {
    node.x = body.x + (node.x - cx) * scale;
    node.y = body.y + (node.y - cy) * scale;
    node.vx = 0;
    node.vy = 0;
  }
}

function centroid(nodes: MapNode[]): [number, number] {
  let [x, y] = [0, 0];
  for (const node of nodes) {
    x += node.x;
    y += node.y;
  }
  return [x / nodes.length, y / nodes.length];
}
