/** Modularity of any partition against NetworkX 3.6 `community.modularity`, weighted and not, two resolutions. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { formalPartition, modularity } from '../../../server/analytics/communities/index.ts';
import { CLASSIC_NAMES, fixtureGraph, loadFixture } from '../centrality/classicGraphs.ts';
import { loadNetworkFixture } from './networkFixtures.ts';

describe.each(CLASSIC_NAMES)('modularity on %s matches NetworkX', (name) => {
  const graph = fixtureGraph(loadFixture(name));
  const fixture = loadNetworkFixture(name);

  it.each(Object.keys(fixture.partitions))('of the %s partition', (partitionName) => {
    const partition = fixture.partitions[partitionName]!;
    const expected = fixture.expected.modularity[partitionName]!;
    expect(modularity(graph, partition).value).toBeCloseTo(expected.weighted, 12);
    expect(modularity(graph, partition, { resolution: 0.5 }).value).toBeCloseTo(expected.weightedHalf, 12);
    expect(modularity(graph, partition, { weighted: false }).value).toBeCloseTo(expected.unweighted, 12);
  });
});

describe('modularity', () => {
  it("of karate's formal partition (the club each member joined) is what NetworkX says", () => {
    const graph = fixtureGraph(loadFixture('karate'));
    const result = modularity(graph, formalPartition(graph));
    expect(result.value).toBeCloseTo(loadNetworkFixture('karate').expected.modularity.club!.weighted, 12);
    expect(Object.keys(result.groups).sort()).toEqual(['Mr. Hi', 'Officer']);
    const sum = Object.values(result.groups).reduce((s, g) => s + g.contribution, 0);
    expect(sum).toBeCloseTo(result.value!, 14);
    expect(result.inputs).toMatchObject({ nodes: 34, ties: 78, groups: 2 });
  });

  it('is 1/2 for two separate ties split into their pairs and 0 for one group of all four', () => {
    // hand computation: m = 2, each group's strength 2: Q = Σ (1/2 − (2/4)²) = 2 · 1/4 = 1/2
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { weight: 3 });
    graph.mergeEdge('c', 'd', { weight: 3 });
    expect(modularity(graph, { a: 0, b: 0, c: 1, d: 1 }).value).toBeCloseTo(0.5, 15);
    expect(modularity(graph, { a: 0, b: 0, c: 0, d: 0 }).value).toBeCloseTo(0, 15);
  });

  it('is null without ties and refuses a node without a group', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a');
    expect(modularity(graph, { a: 'x' }).value).toBeNull();
    graph.mergeEdge('a', 'b');
    expect(() => modularity(graph, { a: 'x' })).toThrow(/node 'b' has no group/);
  });
});
