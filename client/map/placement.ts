/**
 * Where nodes start before the layout runs. Deterministic (no randomness): a new node starts beside its
 * strongest placed neighbour, else among the placed members of its unit, else with its unit on a
 * phyllotaxis spiral of units (each unit a small spiral of its members). Starting units apart lets the force
 * layout settle in far fewer ticks than d3's single spiral of all nodes.
 */
import { otherEnd, type MapLink, type MapNode } from './types.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const MEMBER_SPACING = 9;

export interface PlacementContext {
  ties: Map<MapNode, MapLink[]>;
  /** Nodes already on the map keep their position and anchor the new ones. */
  placed: (node: MapNode) => boolean;
}

export function placeNewNodes(fresh: MapNode[], context: PlacementContext): void {
  const isPlaced = new Set<MapNode>();
  const placed = (node: MapNode) => isPlaced.has(node) || context.placed(node);
  let pending = fresh;
  for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
    pending = pending.filter((node) => {
      const link = context.ties.get(node)?.find((tie) => placed(otherEnd(tie, node)));
      if (!link) return true;
      const anchor = otherEnd(link, node);
      placeNear(node, anchor.x, anchor.y, 12);
      isPlaced.add(node);
      return false;
    });
  }
  pending = placeBesideUnit(pending, [...context.ties.keys()].filter(placed));
  spiralOfUnits(pending, radiusOf([...context.ties.keys()].filter(placed)));
}

function placeBesideUnit(pending: MapNode[], placed: MapNode[]): MapNode[] {
  const centres = new Map<string, { x: number; y: number; n: number }>();
  for (const node of placed) {
    const centre = centres.get(node.data.unit) ?? { x: 0, y: 0, n: 0 };
    centres.set(node.data.unit, { x: centre.x + node.x, y: centre.y + node.y, n: centre.n + 1 });
  }
  return pending.filter((node) => {
    const centre = centres.get(node.data.unit);
    if (!centre) return true;
    placeNear(node, centre.x / centre.n, centre.y / centre.n, 20);
    return false;
  });
}

/** Units on a spiral (largest first, outside the nodes already placed), members on a spiral around each. */
function spiralOfUnits(nodes: MapNode[], innerRadius: number): void {
  const units = new Map<string, MapNode[]>();
  for (const node of nodes) units.set(node.data.unit, [...(units.get(node.data.unit) ?? []), node]);
  const ordered = [...units.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const meanSize = nodes.length / Math.max(1, ordered.length);
  const unitSpacing = MEMBER_SPACING * 2.2 * Math.sqrt(meanSize);
  ordered.forEach(([, members], u) => {
    const r = innerRadius + unitSpacing * Math.sqrt(u + 0.5);
    const cx = r * Math.cos(u * GOLDEN_ANGLE);
    const cy = r * Math.sin(u * GOLDEN_ANGLE);
    members.forEach((node, i) => {
      const rr = MEMBER_SPACING * Math.sqrt(i + 0.5);
      node.x = cx + rr * Math.cos(i * GOLDEN_ANGLE);
      node.y = cy + rr * Math.sin(i * GOLDEN_ANGLE);
    });
  });
}

function radiusOf(nodes: MapNode[]): number {
  return nodes.reduce((max, node) => Math.max(max, Math.hypot(node.x, node.y)), 0);
}

/** Beside (x, y) at a distance and angle drawn from the node's id, so the same id lands in the same place. */
function placeNear(node: MapNode, x: number, y: number, distance: number): void {
  const h = hash(node.id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const r = distance * (0.5 + (h >>> 16) / 0x20000);
  node.x = x + r * Math.cos(angle);
  node.y = y + r * Math.sin(angle);
  node.vx = 0;
  node.vy = 0;
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
