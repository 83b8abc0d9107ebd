/** Hit-testing through the quadtree equals a brute-force scan of every node. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NodeIndex } from '../../../client/map/hitTest.ts';
import type { MapNode } from '../../../client/map/types.ts';

const node = (id: number, x: number, y: number, radius: number) =>
  ({ id: `n${id}`, x, y, radius }) as unknown as MapNode;

function bruteForce(nodes: MapNode[], x: number, y: number, tolerance: number): MapNode | undefined {
  let best: MapNode | undefined;
  let bestDistance = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (d <= n.radius + tolerance && d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

describe('node hit-testing', () => {
  it('finds a node whose disc holds the point with the nearest centre, like a full scan', () => {
    const coordinate = fc.double({ min: -500, max: 500, noNaN: true });
    const nodes = fc
      .array(fc.tuple(coordinate, coordinate, fc.double({ min: 1, max: 30, noNaN: true })), {
        maxLength: 300,
      })
      .map((list) => list.map(([x, y, r], i) => node(i, x, y, r)));
    fc.assert(
      fc.property(nodes, coordinate, coordinate, fc.constantFrom(0, 3), (list, x, y, tolerance) => {
        const found = new NodeIndex(list).find(x, y, tolerance);
        const expected = bruteForce(list, x, y, tolerance);
        const away = (n: MapNode | undefined) => (n ? Math.hypot(n.x - x, n.y - y) : undefined);
        // Nodes at the very same distance are equally right.
        expect(away(found)).toBe(away(expected));
      }),
    );
  });

  it('finds a large node whose centre is far from the point', () => {
    const big = node(1, 0, 0, 50);
    const small = node(2, 100, 0, 2);
    expect(new NodeIndex([big, small]).find(45, 0)).toBe(big);
    expect(new NodeIndex([big, small]).find(60, 0)).toBeUndefined();
  });
});
