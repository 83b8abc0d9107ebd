/** Invariants of the centralities on arbitrary small weighted graphs (fast-check). */
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  approximateBetweenness,
  betweenness,
  eigenvector,
  harmonicCloseness,
  pagerank,
} from '../../../server/analytics/centrality/index.ts';

const arbitraryGraph = fc
  .integer({ min: 1, max: 25 })
  .chain((order) =>
    fc.record({
      order: fc.constant(order),
      ties: fc.array(
        fc.tuple(fc.nat(order - 1), fc.nat(order - 1), fc.double({ min: 0.01, max: 10, noNaN: true })),
        { maxLength: 60 },
      ),
    }),
  )
  .map(({ order, ties }) => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < order; i++) graph.addNode(`n${i}`);
    for (const [a, b, weight] of ties) graph.mergeEdge(`n${a}`, `n${b}`, { weight });
    return graph;
  });

const sum = (values: Record<string, number>) => Object.values(values).reduce((total, v) => total + v, 0);

describe('centrality invariants', () => {
  it('PageRank is a probability distribution, with or without a prior', () => {
    fc.assert(
      fc.property(arbitraryGraph, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (graph, alpha) => {
        const plain = pagerank(graph, { alpha, tolerance: 1e-12, maxIterations: 1000 });
        expect(sum(plain.values)).toBeCloseTo(1, 9);
        const first = graph.nodes()[0]!;
        const personalised = pagerank(graph, { alpha, prior: { [first]: 1 } });
        expect(sum(personalised.values)).toBeCloseTo(1, 9);
        expect(Object.values(personalised.values).every((v) => v >= 0)).toBe(true);
      }),
    );
  });

  it('betweenness and closeness are ≥ 0, betweenness normalised ≤ 1', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryGraph, fc.boolean(), async (graph, weighted) => {
        const values = Object.values((await betweenness(graph, { weighted })).values);
        expect(values.every((v) => v >= 0 && v <= 1 + 1e-12)).toBe(true);
        const closeness = Object.values((await harmonicCloseness(graph, { weighted })).values);
        expect(closeness.every((v) => v >= 0)).toBe(true);
      }),
    );
  });

  it('sampling every source gives the exact betweenness, with a zero bound', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryGraph, async (graph) => {
        const exact = await betweenness(graph);
        const sampled = await approximateBetweenness(graph, { samples: graph.order });
        expect(sampled.errorBound).toBe(0);
        for (const node of graph.nodes()) expect(sampled.values[node]).toBeCloseTo(exact.values[node]!, 12);
      }),
    );
  });

  it('eigenvector centrality has unit length and is ≥ 0', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const { values } = eigenvector(graph, { maxIterations: 1000 });
        const length = Math.hypot(...Object.values(values));
        expect(length).toBeCloseTo(graph.order > 0 ? 1 : 0, 9);
        expect(Object.values(values).every((v) => v >= 0)).toBe(true);
      }),
    );
  });

  it('worker threads and the main thread agree bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryGraph, async (graph) => {
        const inline = await betweenness(graph, { workers: 0 });
        const threaded = await betweenness(graph, { workers: 2 });
        expect(threaded.values).toEqual(inline.values);
      }),
      { numRuns: 10 },
    );
  });
});
