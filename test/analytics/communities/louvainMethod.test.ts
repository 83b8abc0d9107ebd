/**
 * The Louvain method on arrays (server/analytics/communities/louvainMethod.ts) against its reference,
 * graphology-communities-louvain: the same seed gives the same partition, node for node, on the classic graphs,
 * on org-like graphs large enough for several levels, at resolutions that make nodes leave their communities,
 * unweighted, and with self-loops, isolated people and separate components.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { louvainCommunities } from '../../../server/analytics/communities/louvainMethod.ts';
import { edgeColumns } from '../../../server/analytics/graphColumns.ts';
import { Rng } from '../../../server/prng.ts';
import { fixtureGraph, loadFixture } from '../centrality/classicGraphs.ts';
import { orgGraph, randomGraph } from '../centrality/orgGraph.ts';

// CommonJS `module.exports = fn` with a declared default export: under NodeNext the default import is the function.
const reference = louvainModule as unknown as typeof louvainModule.default;

type Graph = AbstractGraph<Attributes, Attributes>;

/** Each node named by the first node (in graph order) of its community: equal partitions, equal arrays. */
function canonical(nodes: readonly string[], communityOf: (node: string, n: number) => number): string[] {
  const first = new Map<number, string>();
  return nodes.map((node, n) => {
    const community = communityOf(node, n);
    if (!first.has(community)) first.set(community, node);
    return first.get(community)!;
  });
}

function both(graph: Graph, seed: number, resolution = 1, weighted = true) {
  const columns = edgeColumns(graph);
  const ours = new Rng(seed);
  const labels = louvainCommunities(columns, { resolution, weighted, random: () => ours.float() });
  const theirs = new Rng(seed);
  const raw = reference(graph, {
    getEdgeWeight: weighted ? 'weight' : null,
    resolution,
    rng: () => theirs.float(),
  });
  return {
    ours: canonical(columns.nodes, (_node, n) => labels[n]!),
    reference: canonical(columns.nodes, (node) => raw[node]!),
    communities: new Set(labels).size,
  };
}

describe('the Louvain method on arrays', () => {
  it.each(['karate', 'florentine', 'lesmis'])('partitions %s as graphology does, seed by seed', (name) => {
    const graph = fixtureGraph(loadFixture(name));
    for (let seed = 1; seed <= 8; seed++) {
      const { ours, reference } = both(graph, seed);
      expect(ours).toEqual(reference);
    }
  });

  it('partitions org-like graphs of several levels as graphology does', () => {
    for (const [people, seed] of [
      [600, 1],
      [2000, 2],
      [5000, 3],
    ] as const) {
      const graph = orgGraph({ people, ties: people * 6, seed });
      const { ours, reference, communities } = both(graph, seed);
      expect(communities).toBeGreaterThan(5);
      expect(ours).toEqual(reference);
    }
  });

  it('moves nodes back out at other resolutions, and ignores weights when asked, as graphology does', () => {
    const graph = orgGraph({ people: 800, ties: 4000, seed: 7, inward: 0.6 });
    for (const resolution of [0.3, 2.5, 6])
      expect(both(graph, 4, resolution).ours).toEqual(both(graph, 4, resolution).reference);
    const unweighted = both(graph, 5, 1, false);
    expect(unweighted.ours).toEqual(unweighted.reference);
    const dense = randomGraph(120, 0.2, 9);
    expect(both(dense, 2, 1.7).ours).toEqual(both(dense, 2, 1.7).reference);
  });

  it('handles self-loops, isolated people and separate components as graphology does', () => {
    const graph = orgGraph({ people: 300, ties: 900, seed: 12 }) as UndirectedGraph;
    graph.addEdge('p3', 'p3', { weight: 2.5 });
    graph.addEdge('p40', 'p40', { weight: 0.7 });
    for (let k = 0; k < 5; k++) graph.addNode(`alone${k}`);
    graph.addEdge('alone0', 'alone1', { weight: 1 });
    for (let seed = 1; seed <= 4; seed++) expect(both(graph, seed).ours).toEqual(both(graph, seed).reference);
  });

  it('leaves every node alone in a graph without ties', () => {
    const graph = new UndirectedGraph();
    for (const node of ['a', 'b', 'c']) graph.addNode(node);
    const labels = louvainCommunities(edgeColumns(graph), {
      resolution: 1,
      weighted: true,
      random: Math.random,
    });
    expect([...labels]).toEqual([0, 1, 2]);
  });
});
