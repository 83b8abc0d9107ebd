/** Sampled-source betweenness stays within its stated bound of the exact values (seeded, mid-size org). */
import { describe, expect, it } from 'vitest';
import {
  approximateBetweenness,
  betweenness,
  samplingBound,
} from '../../../server/analytics/centrality/index.ts';
import { orgGraph } from './orgGraph.ts';

describe('approximate betweenness', () => {
  const graph = orgGraph({ people: 1500, ties: 6000, seed: 7 });

  it('is within its stated error bound of the exact values, weighted and not', async () => {
    for (const weighted of [true, false]) {
      const exact = await betweenness(graph, { weighted });
      const sampled = await approximateBetweenness(graph, { weighted, samples: 150, seed: 3 });
      expect(sampled.options).toMatchObject({ samples: 150, confidence: 0.9, seed: 3, weighted });
      const worst = Math.max(
        ...graph.mapNodes((node) => Math.abs(sampled.values[node]! - exact.values[node]!)),
      );
      expect(worst).toBeLessThanOrEqual(sampled.errorBound);
      // The bound is worst-case over every node; the real error is far below it.
      expect(worst).toBeLessThan(sampled.errorBound / 5);
    }
  });

  it('states the bound on the scale of its values when unnormalised', async () => {
    const normalised = await approximateBetweenness(graph, { samples: 100 });
    const raw = await approximateBetweenness(graph, { samples: 100, normalised: false });
    const pairs = ((graph.order - 1) * (graph.order - 2)) / 2;
    expect(raw.errorBound).toBeCloseTo(normalised.errorBound * pairs, 6);
    const node = graph.nodes()[10]!;
    expect(raw.values[node]).toBeCloseTo(normalised.values[node]! * pairs, 6);
  });

  it('is reproducible from its seed', async () => {
    const first = await approximateBetweenness(graph, { samples: 50, seed: 11 });
    const again = await approximateBetweenness(graph, { samples: 50, seed: 11, workers: 2 });
    const other = await approximateBetweenness(graph, { samples: 50, seed: 12 });
    expect(again.values).toEqual(first.values);
    expect(other.values).not.toEqual(first.values);
  });

  it('takes enough samples for a wanted epsilon', async () => {
    const result = await approximateBetweenness(graph, { epsilon: 0.2, confidence: 0.95 });
    expect(result.errorBound).toBeLessThanOrEqual(0.2);
    expect(samplingBound(graph.order, result.options.samples - 1, 0.05)).toBeGreaterThan(0.2);
  });
});
