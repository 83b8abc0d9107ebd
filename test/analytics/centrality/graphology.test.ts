/** The CSR kernels against graphology-metrics on seeded random graphs, to 1e-9. */
import {
  betweenness as betweennessCentrality,
  closeness as closenessCentrality,
} from 'graphology-metrics/centrality/index.js';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  harmonicCloseness,
  type NodeValues,
} from '../../../server/analytics/centrality/index.ts';
import { orgGraph, randomGraph } from './orgGraph.ts';

const inverseWeight = (_edge: string, attributes: Attributes) => 1 / (attributes.weight as number);

function expectEqualTo(actual: NodeValues, expected: NodeValues, tolerance = 1e-9): void {
  for (const [node, value] of Object.entries(expected)) {
    expect(Math.abs(actual[node]! - value), node).toBeLessThanOrEqual(tolerance);
  }
}

const GRAPHS = [
  { name: 'sparse G(120, 0.03)', graph: randomGraph(120, 0.03, 1) },
  { name: 'dense G(80, 0.2)', graph: randomGraph(80, 0.2, 2) },
  {
    name: 'G(100, 0.08) with strengths 1–3 (many equal-length paths)',
    graph: randomGraph(100, 0.08, 3, true),
  },
  { name: 'org-like, 400 people', graph: orgGraph({ people: 400, ties: 1600, seed: 4 }) },
];

describe.each(GRAPHS)('fast kernels on $name', ({ graph }) => {
  it('unweighted betweenness equals graphology-metrics', async () => {
    const expected = betweennessCentrality(graph, { getEdgeWeight: null });
    expectEqualTo((await betweenness(graph, { weighted: false })).values, expected);
  });

  it('weighted betweenness (distance = 1 / weight) equals graphology-metrics', async () => {
    const expected = betweennessCentrality(graph, { getEdgeWeight: inverseWeight });
    expectEqualTo((await betweenness(graph)).values, expected);
    const raw = betweennessCentrality(graph, { getEdgeWeight: inverseWeight, normalized: false });
    expectEqualTo((await betweenness(graph, { normalised: false })).values, raw, 1e-9 * graph.order ** 2);
  });

  it('reached / farness equals graphology closeness (unweighted)', async () => {
    const expected = closenessCentrality(graph);
    const { inputs } = await harmonicCloseness(graph, { weighted: false });
    const classic: NodeValues = {};
    for (const node of graph.nodes()) {
      const farness = inputs.farness[node]!;
      classic[node] = farness > 0 ? inputs.reached[node]! / farness : 0;
    }
    expectEqualTo(classic, expected);
  });

  it('worker threads give bit-identical results to the main thread', async () => {
    for (const weighted of [false, true]) {
      const inline = await betweenness(graph, { weighted, workers: 0 });
      const threaded = await betweenness(graph, { weighted, workers: 2 });
      expect(threaded.inputs.workers).toBe(2);
      expect(threaded.values).toEqual(inline.values);
    }
    const inline = await harmonicCloseness(graph, { workers: 0 });
    expect((await harmonicCloseness(graph, { workers: 2 })).values).toEqual(inline.values);
  });
});
