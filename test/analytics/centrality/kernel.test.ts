/**
 * The kernel's two unweighted routes — 32 sources per multi-source BFS, and one source at a time past
 * BATCH_MAX_ORDER nodes — against values worked out by hand on a path graph 0 − 1 − … − (N − 1), where a source
 * s depends on v for every node beyond v (δ_s(v) = N − 1 − v when v > s, v when v < s) and d(s, v) = |s − v|.
 */
import { describe, expect, it } from 'vitest';
import {
  accumulateBetweenness,
  accumulatePaths,
  createWorkspace,
} from '../../../server/analytics/centrality/kernel.mjs';

function pathGraph(order: number) {
  const offsets = new Int32Array(order + 1);
  const targets: number[] = [];
  for (let v = 0; v < order; v++) {
    if (v > 0) targets.push(v - 1);
    if (v < order - 1) targets.push(v + 1);
    offsets[v + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets), distances: new Float64Array(targets.length).fill(1) };
}

function expectedDependency(order: number, sources: number[], v: number): number {
  return sources.reduce((sum, s) => sum + (v > s ? order - 1 - v : v < s ? v : 0), 0);
}

describe.each([
  { route: 'multi-source BFS', order: 1_000 },
  { route: 'one source at a time', order: 40_001 },
])('unweighted kernel, $route', ({ order }) => {
  const csr = pathGraph(order);
  const sources = [0, 7, order - 1, Math.floor(order / 2), 7];
  const probes = [0, 1, 6, 7, 8, Math.floor(order / 2) + 1, order - 2, order - 1];

  it('sums each source’s dependencies', () => {
    const into = new Float64Array(order);
    accumulateBetweenness(
      csr,
      false,
      Int32Array.from(sources),
      0,
      sources.length,
      into,
      createWorkspace(csr),
    );
    for (const v of probes) expect(into[v]).toBe(expectedDependency(order, sources, v));
  });

  it('sums 1 / d(s, v) beside them', () => {
    const into = new Float64Array(2 * order);
    accumulatePaths(csr, false, Int32Array.from(sources), 0, sources.length, into, createWorkspace(csr));
    for (const v of probes) {
      const harmonic = sources.reduce((sum, s) => sum + (s === v ? 0 : 1 / Math.abs(s - v)), 0);
      expect(into[v]).toBe(expectedDependency(order, sources, v));
      expect(into[order + v]).toBeCloseTo(harmonic, 12);
    }
  });
});
