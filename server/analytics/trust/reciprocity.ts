/**
 * Exchange and reciprocity (DESIGN §3.6).
 * - Org-wide weighted reciprocity on the directed initiation graph (initiator → other participants):
 *   r = Σ_{i≠j} min(w_ij, w_ji) / Σ_{i≠j} w_ij (Squartini, Picciolo, Ruzzenenti & Garlaschelli 2013, "Reciprocity
 *   of weighted networks", Scientific Reports 3:2729): 1 when every tie is returned in full, 0 when no tie is
 *   returned at all. Self-loops are not exchange and are left out.
 * - Per relationship: the initiation balance β of the macro cycle's window (relationship.ts), with its counts.
 */
import type { InitiationGraph } from '../graphs.ts';
import type { MacroCycleResult } from '../macro/macroCycle.ts';

export interface WeightedReciprocity {
  metric: 'weightedReciprocity';
  value: number | null;
  inputs: { reciprocated: number; total: number; ties: number };
}

export function weightedReciprocity(graph: InitiationGraph): WeightedReciprocity {
  let reciprocated = 0;
  let total = 0;
  let ties = 0;
  graph.forEachDirectedEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const weight = attributes.weight;
    const back = graph.hasDirectedEdge(target, source)
      ? graph.getDirectedEdgeAttribute(target, source, 'weight')
      : 0;
    reciprocated += Math.min(weight, back);
    total += weight;
    ties += 1;
  });
  return {
    metric: 'weightedReciprocity',
    value: total > 0 ? reciprocated / total : null,
    inputs: { reciprocated, total, ties },
  };
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
