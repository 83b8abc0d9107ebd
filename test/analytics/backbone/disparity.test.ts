/**
 * The disparity filter on small weighted graphs, α computed by hand from α_ij = (1 − w/s_i)^(k_i − 1).
 *
 * Square with a diagonal: a–b 6, a–c 3, a–d 1, b–c 1. Strengths a 10 (3 ties), b 7 (2), c 4 (2), d 1 (1).
 *   a–b: a (1 − 0.6)² = 0.16, b (1 − 6/7)¹ = 1/7 → 1/7;  a–c: a 0.7² = 0.49, c 1 − 3/4 = 0.25 → 0.25;
 *   a–d: a 0.9² = 0.81, d has one tie (1) → 0.81;        b–c: b 6/7, c 0.75 → 0.75.
 * Star: hub h with six ties of weights 10, 1, 1, 1, 1, 1 (strength 15): h–l1 (1/3)⁵ = 1/243 ≈ 0.0041 (in the
 * backbone at 0.05), the others (14/15)⁵ ≈ 0.708; every leaf has one tie, so α is the hub's.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { alphaFrom, BACKBONE_ALPHA, disparityAlphas } from '../../../server/analytics/backbone/disparity.ts';

function graphOf(ties: Array<[string, string, number]>): UndirectedGraph<object, { weight: number }> {
  const graph = new UndirectedGraph<object, { weight: number }>();
  for (const [a, b, weight] of ties) {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdgeWithKey(`${a}-${b}`, a, b, { weight });
  }
  return graph;
}

describe('disparity filter', () => {
  it('gives each tie the smaller α of its two ends', () => {
    const alphas = disparityAlphas(
      graphOf([
        ['a', 'b', 6],
        ['a', 'c', 3],
        ['a', 'd', 1],
        ['b', 'c', 1],
      ]),
    );
    expect(alphas.get('a-b')).toBeCloseTo(1 / 7, 12);
    expect(alphas.get('a-c')).toBeCloseTo(0.25, 12);
    expect(alphas.get('a-d')).toBeCloseTo(0.81, 12);
    expect(alphas.get('b-c')).toBeCloseTo(0.75, 12);
  });

  it('keeps the one dominant tie of a hub in the backbone and leaves the rest out', () => {
    const alphas = disparityAlphas(graphOf([10, 1, 1, 1, 1, 1].map((w, i) => ['h', `l${i + 1}`, w])));
    expect(alphas.get('h-l1')).toBeCloseTo(1 / 243, 12);
    for (const leaf of ['l2', 'l3', 'l4', 'l5', 'l6'])
      expect(alphas.get(`h-${leaf}`)).toBeCloseTo((14 / 15) ** 5, 12);
    const backbone = [...alphas].filter(([, alpha]) => alpha < BACKBONE_ALPHA).map(([edge]) => edge);
    expect(backbone).toEqual(['h-l1']);
  });

  it('has nothing to compare a lone tie with: α is 1', () => {
    expect(disparityAlphas(graphOf([['x', 'y', 5]])).get('x-y')).toBe(1);
    expect(alphaFrom(5, 0, 3)).toBe(1);
    expect(alphaFrom(2, 4, 3)).toBeCloseTo(0.25, 12);
  });
});
