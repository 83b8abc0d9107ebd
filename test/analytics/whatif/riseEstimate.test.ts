/**
 * The load rises estimated source by source (server/analytics/whatif/riseEstimate.ts): with every source it is
 * exact — equal to unnormalised betweenness after minus before — on random small orgs; with a sample it is
 * repeatable (seeded) and finds the person a removal puts the load on.
 */
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../server/analytics/centrality/index.ts';
import { estimateRises } from '../../../server/analytics/whatif/riseEstimate.ts';
import { withoutPeople } from '../../../server/analytics/whatif/withoutPeople.ts';
import { orgOf, orgShape } from './randomOrg.ts';

const pairs = async (graph: Parameters<typeof betweenness>[0]) =>
  (await betweenness(graph, { normalised: false, workers: 0 })).values;

describe('rise estimate', () => {
  it('equals betweenness after minus before when every source is used', async () => {
    await fc.assert(
      fc.asyncProperty(orgShape, fc.nat(), async (shape, pick) => {
        const graphs = orgOf(shape);
        const people = graphs.persons.nodes();
        if (people.length < 3) return;
        const removed = new Set([people[pick % people.length]!]);
        const after = withoutPeople(graphs, removed).persons;
        const estimate = await estimateRises(graphs.persons, after, removed, { samples: Infinity });
        const [was, is] = [await pairs(graphs.persons), await pairs(after)];
        for (const person of after.nodes())
          expect(estimate.rises.get(person)).toBeCloseTo(is[person]! - was[person]!, 6);
        expect(estimate.bound).toBe(0);
      }),
      { seed: 2026, numRuns: 40 },
    );
  });

  it('finds the second bridge a broker’s removal loads, from a sample, the same way twice', async () => {
    // two cliques of 40 joined by a broker b and, more weakly, by a second bridge c
    const graph = new UndirectedGraph();
    const tie = (x: string, y: string, weight: number) => graph.mergeEdge(x, y, { weight, engagements: 1 });
    for (const side of ['l', 'r'])
      for (let i = 0; i < 40; i++) for (let j = i + 1; j < 40; j++) tie(`${side}${i}`, `${side}${j}`, 1);
    for (const [x, y] of [
      ['l0', 'b'],
      ['b', 'r0'],
      ['l1', 'c'],
      ['c', 'r1'],
    ] as const)
      tie(x, y, x[0] === 'c' || y === 'c' ? 0.5 : 1);
    const after = graph.copy();
    after.dropNode('b');
    const options = { samples: 20, seed: 7 };
    const estimate = await estimateRises(graph as never, after as never, new Set(['b']), options);
    const again = await estimateRises(graph as never, after as never, new Set(['b']), options);
    expect([...again.rises]).toEqual([...estimate.rises]);
    const top = [...estimate.rises].sort((x, y) => y[1] - x[1])[0]![0];
    expect(top).toBe('c');
    expect(estimate.samples).toBe(20);
  });
});
