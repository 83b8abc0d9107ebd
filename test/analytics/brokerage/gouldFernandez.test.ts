/** Gould–Fernandez roles: hand-built triads, the closure convention, and a brute-force count over all triples. */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  BROKERAGE_ROLES,
  gouldFernandez,
  type BrokerageCounts,
} from '../../../server/analytics/brokerage/index.ts';
import { Rng } from '../../../server/prng.ts';

function directed(units: Record<string, string>, ties: Array<[string, string]>): DirectedGraph {
  const graph = new DirectedGraph();
  for (const [person, unit] of Object.entries(units)) graph.addNode(person, { unit });
  for (const [source, target] of ties) graph.mergeEdge(source, target, { weight: 1 });
  return graph;
}

describe('Gould–Fernandez brokerage roles', () => {
  it.each([
    ['coordinator', { i: 'A', b: 'A', j: 'A' }],
    ['itinerant', { i: 'A', b: 'B', j: 'A' }],
    ['representative', { i: 'A', b: 'A', j: 'B' }],
    ['gatekeeper', { i: 'B', b: 'A', j: 'A' }],
    ['liaison', { i: 'A', b: 'B', j: 'C' }],
  ] as const)('names b a %s on i → b → j with groups %o', (role, units) => {
    const result = gouldFernandez(
      directed(units, [
        ['i', 'b'],
        ['b', 'j'],
      ]),
    );
    expect(result.values.b).toEqual({ ...zero(), [role]: 1, total: 1 });
    expect(result.values.i!.total + result.values.j!.total).toBe(0);
    expect(result.byGroup[units.b]![role]).toBe(1);
  });

  it('does not count a path closed by a direct tie i → j, but does when only j → i exists', () => {
    const units = { i: 'A', b: 'B', j: 'C' };
    const closed = gouldFernandez(
      directed(units, [
        ['i', 'b'],
        ['b', 'j'],
        ['i', 'j'],
      ]),
    );
    expect(closed.values.b!.total).toBe(0);
    expect(closed.inputs.closed).toBe(1);
    const reverse = gouldFernandez(
      directed(units, [
        ['i', 'b'],
        ['b', 'j'],
        ['j', 'i'],
      ]),
    );
    // j → i → b also brokers (i between j and b, no j → b tie); i → b → j still counts for b
    expect(reverse.values.b!.liaison).toBe(1);
    expect(reverse.values.i!.liaison).toBe(1);
  });

  it('does not count i → b → i (a reciprocated tie is no brokerage)', () => {
    const result = gouldFernandez(
      directed({ i: 'A', b: 'B' }, [
        ['i', 'b'],
        ['b', 'i'],
      ]),
    );
    expect(result.values.b!.total + result.values.i!.total).toBe(0);
  });

  it('equals a brute-force count over every ordered triple on random graphs', () => {
    for (const seed of [1, 2, 3, 4]) {
      const rng = new Rng(seed);
      const units = Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`p${k}`, `u${rng.int(0, 3)}`]));
      const ties: Array<[string, string]> = [];
      for (let a = 0; a < 30; a++)
        for (let b = 0; b < 30; b++) if (a !== b && rng.chance(0.12)) ties.push([`p${a}`, `p${b}`]);
      const graph = directed(units, ties);
      const result = gouldFernandez(graph);
      const expected = bruteForce(graph, units);
      expect(result.values).toEqual(expected);
      const unitTotal = Object.values(result.byGroup).reduce((s, c) => s + c.total, 0);
      expect(unitTotal).toBe(result.inputs.brokered);
    }
  });

  it('takes the groups from a given partition and refuses an undirected graph', () => {
    const graph = directed({ i: 'A', b: 'A', j: 'A' }, [
      ['i', 'b'],
      ['b', 'j'],
    ]);
    const result = gouldFernandez(graph, { partition: { i: 'X', b: 'Y', j: 'Z' } });
    expect(result.values.b!.liaison).toBe(1);
    expect(result.options.partition).toBe('given');
    const undirected = new UndirectedGraph();
    undirected.mergeEdge('i', 'b');
    expect(() => gouldFernandez(undirected)).toThrow(/expected a directed graph/);
  });
});

function zero(): BrokerageCounts {
  return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
}

/** Straight from the definition: every (i, b, j) distinct with i → b → j and no i → j. */
function bruteForce(graph: DirectedGraph, units: Record<string, string>): Record<string, BrokerageCounts> {
  const people = graph.nodes();
  const counts = Object.fromEntries(people.map((p) => [p, zero()]));
  const roleByPattern: Record<string, (typeof BROKERAGE_ROLES)[number]> = {
    'same,same,same': 'coordinator',
    'other,same,other': 'itinerant',
    'same,other,other': 'representative',
    'other,other,same': 'gatekeeper',
    'other,other,other': 'liaison',
  };
  for (const i of people)
    for (const b of people)
      for (const j of people) {
        if (i === b || b === j || i === j) continue;
        if (!graph.hasDirectedEdge(i, b) || !graph.hasDirectedEdge(b, j) || graph.hasDirectedEdge(i, j))
          continue;
        const same = (x: string, y: string) => (units[x] === units[y] ? 'same' : 'other');
        const role = roleByPattern[`${same(i, b)},${same(i, j)},${same(b, j)}`]!;
        counts[b]![role] += 1;
        counts[b]!.total += 1;
      }
  return counts;
}
