/** Louvain on the person graph: seeded and stable, renumbered by size, modularity of what it found. */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import {
  formalPartition,
  louvain,
  modularity,
  normalisedMutualInformation,
} from '../../../server/analytics/communities/index.ts';
import { Rng } from '../../../server/prng.ts';
import { fixtureGraph, loadFixture } from '../centrality/classicGraphs.ts';
import { orgGraph } from '../centrality/orgGraph.ts';
import { loadNetworkFixture } from './networkFixtures.ts';

const graphologyLouvain = louvainModule as unknown as typeof louvainModule.default;

describe('louvain', () => {
  const karate = fixtureGraph(loadFixture('karate'));

  it('gives the same communities for the same seed', () => {
    const first = louvain(karate, { seed: 3 });
    expect(louvain(karate, { seed: 3 }).communities).toEqual(first.communities);
    expect(first.options).toEqual({ seed: 3, resolution: 1, weighted: true });
  });

  it("reports its partition's modularity, the same as graphology's own run with that random order", () => {
    const result = louvain(karate, { seed: 5 });
    expect(result.modularity).toBeCloseTo(modularity(karate, result.communities).value!, 14);
    const rng = new Rng(5);
    const own = graphologyLouvain.detailed(karate, { getEdgeWeight: 'weight', rng: () => rng.float() });
    expect(result.count).toBe(own.count);
    expect(result.modularity).toBeCloseTo(own.modularity, 10);
    // as good as NetworkX's Louvain on the same weighted graph (0.4266 for its seed 7), give or take a move
    expect(result.modularity!).toBeGreaterThan(
      loadNetworkFixture('karate').expected.modularity.louvain!.weighted - 0.02,
    );
  });

  it('numbers communities by decreasing size and gives a person without ties a community alone', () => {
    const graph = karate.copy();
    graph.addNode('hermit');
    const result = louvain(graph);
    const sizes = result.inputs.sizes;
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(35);
    const counts = new Map<number, number>();
    for (const c of Object.values(result.communities)) counts.set(c, (counts.get(c) ?? 0) + 1);
    sizes.forEach((size, c) => expect(counts.get(c)).toBe(size));
    expect(counts.get(result.communities.hermit!)).toBe(1);
  });

  it('finds the units of an org whose ties stay mostly inside them', () => {
    const graph = orgGraph({ people: 600, ties: 3000, seed: 11, inward: 0.95 });
    const result = louvain(graph);
    const agreement = normalisedMutualInformation(result.communities, formalPartition(graph));
    expect(agreement.value!).toBeGreaterThan(0.8);
    expect(result.modularity!).toBeGreaterThan(modularity(graph, formalPartition(graph)).value! - 0.05);
  });

  it('refuses a resolution that is not a positive number', () => {
    expect(() => louvain(karate, { resolution: 0 })).toThrow(/resolution must be a positive number/);
  });

  it('has no modularity on a graph without ties', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    const result = louvain(graph);
    expect(result).toMatchObject({ count: 2, modularity: null });
  });
});
