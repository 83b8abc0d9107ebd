import { describe, expect, it } from 'vitest';
import { unitReputation } from '../../../server/analytics/trust/index.ts';
import { trustOf } from './fixtures.ts';

/** Personalised PageRank by brute force: x ← α xP + (1 − α)p, P row-normalised, from the given weights. */
function bruteForce(
  weights: Record<string, Record<string, number>>,
  prior: Record<string, number>,
  alpha = 0.85,
) {
  const nodes = Object.keys(weights);
  let x = Object.fromEntries(nodes.map((n) => [n, 1 / nodes.length]));
  for (let i = 0; i < 1000; i++) {
    const next = Object.fromEntries(nodes.map((n) => [n, (1 - alpha) * prior[n]!]));
    for (const u of nodes) {
      const out = Object.values(weights[u]!).reduce((s, w) => s + w, 0);
      for (const [v, w] of Object.entries(weights[u]!)) next[v]! += (alpha * x[u]! * w) / out;
    }
    x = next;
  }
  return x;
}

describe('reputation (EigenTrust-style)', () => {
  // it–sales: E 0.8 over 10 → weight 8; it–hr: E 0.25 over 4 → 1; hr–sales: E 0.5 over 2 → 1
  const relationships = [
    trustOf('it', 'sales', 0.8, 10),
    trustOf('hr', 'it', 0.25, 4),
    trustOf('hr', 'sales', 0.5, 2),
  ];
  const weights = { it: { sales: 8, hr: 1 }, sales: { it: 8, hr: 1 }, hr: { it: 1, sales: 1 } };

  it('ranks units by PageRank on the trust-weighted unit graph, uniform prior', () => {
    const result = unitReputation(relationships);
    const expected = bruteForce(weights, { it: 1 / 3, sales: 1 / 3, hr: 1 / 3 });
    for (const unit of ['it', 'sales', 'hr']) expect(result.values[unit]).toBeCloseTo(expected[unit]!, 5);
    expect(result.inputs.strength).toEqual({ it: 9, sales: 9, hr: 2 });
    expect(result.pagerank.converged).toBe(true);
  });

  it('damps toward the pre-trusted units', () => {
    const result = unitReputation(relationships, { preTrusted: ['hr'] });
    const expected = bruteForce(weights, { it: 0, sales: 0, hr: 1 });
    for (const unit of ['it', 'sales', 'hr']) expect(result.values[unit]).toBeCloseTo(expected[unit]!, 5);
    expect(result.options).toEqual({ alpha: 0.85, preTrusted: ['hr'] });
  });
});
