/**
 * Betweenness and closeness from one search per source equal the separate exact metrics (themselves checked
 * against NetworkX), and their sampled estimates stay within the stated bounds.
 */
import { describe, expect, it } from 'vitest';
import {
  approximateBetweenness,
  betweenness,
  harmonicCloseness,
  shortestPathCentralities,
} from '../../../server/analytics/centrality/index.ts';
import { orgGraph } from './orgGraph.ts';

const worst = (a: Record<string, number>, b: Record<string, number>) =>
  Math.max(...Object.keys(b).map((node) => Math.abs(a[node]! - b[node]!)));

describe('shortest-path centralities in one pass', () => {
  const graph = orgGraph({ people: 1200, ties: 5000, seed: 5 });

  it('equals exact betweenness and normalised harmonic closeness, weighted and not, on 0 or 2 workers', async () => {
    for (const weighted of [true, false]) {
      const between = await betweenness(graph, { weighted });
      const close = await harmonicCloseness(graph, { weighted, normalised: true });
      for (const workers of [0, 2]) {
        const both = await shortestPathCentralities(graph, { weighted, workers });
        expect(both.exact).toBe(true);
        expect(both.bounds).toBeUndefined();
        expect(worst(both.betweenness, between.values)).toBeLessThan(1e-12);
        expect(worst(both.closeness, close.values)).toBeLessThan(1e-12);
      }
    }
  });

  it('stops between blocks when its checkpoint throws, and computes the same afterwards on the kept threads', async () => {
    const before = await shortestPathCentralities(graph, { workers: 2 });
    for (const workers of [0, 2]) {
      let blocks = 0;
      const checkpoint = () => {
        if (++blocks > 3) throw new Error('stopped');
      };
      await expect(shortestPathCentralities(graph, { workers, checkpoint })).rejects.toThrow('stopped');
      expect(blocks).toBeLessThan(10); // stopped after its third block, not at the end of the run
      const after = await shortestPathCentralities(graph, { workers });
      expect(after.betweenness).toEqual(before.betweenness);
      expect(after.closeness).toEqual(before.closeness);
    }
  });

  it('samples betweenness as approximateBetweenness does, and closeness within its bound', async () => {
    for (const weighted of [true, false]) {
      const exact = await shortestPathCentralities(graph, { weighted });
      const sampled = await shortestPathCentralities(graph, { weighted, samples: 150, seed: 3 });
      const reference = await approximateBetweenness(graph, { weighted, samples: 150, seed: 3 });
      expect(sampled.exact).toBe(false);
      expect(worst(sampled.betweenness, reference.values)).toBeLessThan(1e-12);
      expect(sampled.bounds!.betweenness).toBeCloseTo(reference.errorBound, 12);
      expect(worst(sampled.betweenness, exact.betweenness)).toBeLessThanOrEqual(sampled.bounds!.betweenness);
      const closenessError = worst(sampled.closeness, exact.closeness);
      expect(closenessError).toBeLessThanOrEqual(sampled.bounds!.closeness);
      expect(closenessError).toBeLessThan(sampled.bounds!.closeness / 3); // the bound is worst-case
    }
  });

  it('treats as many samples as nodes as exact', async () => {
    const small = orgGraph({ people: 60, ties: 150, seed: 2 });
    const all = await shortestPathCentralities(small, { samples: 60 });
    const exact = await shortestPathCentralities(small);
    expect(all.exact).toBe(true);
    expect(all.betweenness).toEqual(exact.betweenness);
  });
});
