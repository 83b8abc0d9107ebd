/**
 * Exchange and reciprocity (DESIGN §3.6).
 * - Org-wide weighted reciprocity on the directed initiation graph (initiator → other participants):
 *   r = Σ_{i≠j} min(w_ij, w_ji) / Σ_{i≠j} w_ij (Squartini, Picciolo, Ruzzenenti & Garlaschelli 2013, "Reciprocity
 *   of weighted networks", Scientific Reports 3:2729): 1 when every tie is returned in full, 0 when no tie is
 *   returned at all. Self-loops are not exchange and are left out.
 * - Per relationship: the initiation balance β of the macro cycle's window (relationship.ts), with its counts.
 */
import type { EdgeColumns } from '../graphColumns.ts';
import type { MacroCycleResult } from '../macro/macroCycle.ts';

export interface WeightedReciprocity {
  metric: 'weightedReciprocity';
  value: number | null;
  inputs: { reciprocated: number; total: number; ties: number };
}

/** From the initiation graph's ties (graphColumns.ts edgeColumns, or the projection's: columnGraphs.ts). */
export function weightedReciprocity(initiations: EdgeColumns): WeightedReciprocity {
  const { weights, back } = pairWeights(initiations);
  let reciprocated = 0;
  let total = 0;
  let ties = 0;
  for (const [pair, weight] of weights) {
    reciprocated += Math.min(weight, weights.get(back(pair)) ?? 0);
    total += weight;
    ties += 1;
  }
  return {
    metric: 'weightedReciprocity',
    value: total > 0 ? reciprocated / total : null,
    inputs: { reciprocated, total, ties },
  };
}

/**
 * Every directed tie but self-loops, in edge order, keyed by its pair of node numbers (source · n + target): one
 * pass over the columns and a map lookup per tie (60,000 ties in a window of `l`).
 */
function pairWeights({ nodes, source, target, weight }: EdgeColumns) {
  const n = nodes.length;
  const weights = new Map<number, number>();
  for (let k = 0; k < source.length; k++)
    if (source[k] !== target[k]) weights.set(source[k]! * n + target[k]!, weight[k]!);
  return { weights, back: (pair: number) => (pair % n) * n + Math.floor(pair / n) };
}

export interface RelationshipBalance {
  key: string;
  a: string;
  b: string;
  initiatedByA: number;
  initiatedByB: number;
  /** (a − b) / (a + b); null without initiations in the window. */
  beta: number | null;
}

export function initiationBalances(macro: MacroCycleResult): RelationshipBalance[] {
  return macro.relationships.map((r) => ({
    key: r.key,
    a: r.a,
    b: r.b,
    initiatedByA: r.window.initiatedByA,
    initiatedByB: r.window.initiatedByB,
    beta: r.window.beta,
  }));
}
