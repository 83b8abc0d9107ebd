/**
 * The disparity filter (Serrano, Boguñá & Vespignani 2009, "Extracting the multiscale backbone of complex
 * weighted networks", PNAS 106(16):6483): a tie is kept when its weight is too large, for at least one of its
 * two ends, to come from that node's strength spread uniformly at random over its ties.
 *
 * For node i with degree k and strength s, the share of tie (i, j) is p = w / s, and the probability of a
 * share at least that large under the null model is α_ij = (1 − p)^(k − 1) (eq. 2 of the paper). The tie's
 * value here is min(α_ij, α_ji): the backbone at level α is every tie whose value is below α. A node with one
 * tie gives α = 1 from its side (nothing to compare with): such a tie is kept only if the other end keeps it.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export { BACKBONE_ALPHA } from '../../schema/backbone.ts';

export interface WeightedTie {
  weight: number;
}

/** α of the tie (source, target) in an undirected weighted graph, by edge key. */
export function disparityAlphas(graph: AbstractGraph<Attributes, WeightedTie>): Map<string, number> {
  const strength = new Map<string, number>();
  graph.forEachNode((node) => {
    let total = 0;
    graph.forEachEdge(node, (_edge, tie) => (total += Math.max(0, tie.weight)));
    strength.set(node, total);
  });
  const alphas = new Map<string, number>();
  graph.forEachEdge((edge, tie, source, target) => {
    const fromSource = alphaFrom(tie.weight, strength.get(source)!, graph.degree(source));
    const fromTarget = alphaFrom(tie.weight, strength.get(target)!, graph.degree(target));
    alphas.set(edge, Math.min(fromSource, fromTarget));
  });
  return alphas;
}

/** α_ij = (1 − w/s)^(k − 1): 1 for a node with one tie or no strength. */
export function alphaFrom(weight: number, strength: number, degree: number): number {
  if (degree <= 1 || strength <= 0) return 1;
  const share = Math.min(1, Math.max(0, weight) / strength);
  return Math.pow(1 - share, degree - 1);
}
