/**
 * Which tie is under the pointer: the drawn tie nearest to the point, if within a tolerance of its line.
 * A linear scan of the drawn ties (the backbone by default: hundreds at unit level, a few thousand at person
 * level), run only when no node is under the pointer; a node always wins over the ties it ends.
 */
import type { MapLink } from './types.ts';

/** The tie nearest (x, y) in layout coordinates, within `tolerance` of its segment. */
export function tieAt(
  links: Iterable<MapLink>,
  x: number,
  y: number,
  tolerance: number,
): MapLink | undefined {
  let best: MapLink | undefined;
  let bestDistance = tolerance;
  for (const link of links) {
    const distance = segmentDistance(x, y, link.source.x, link.source.y, link.target.x, link.target.y);
    if (distance <= bestDistance) {
      best = link;
      bestDistance = distance;
    }
  }
  return best;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
