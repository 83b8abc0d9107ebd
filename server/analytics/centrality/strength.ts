/**
 * Strength (weighted degree): Σ of the tie strengths (edge `weight`) of a node's ties in the window.
 * Barrat et al. (2004), "The architecture of complex weighted networks", PNAS 101(11); NetworkX
 * `G.degree(weight="weight")` on a graph without self-loops. The result also gives the mean tie strength.
 */
import { csrOf, type TieGraph } from './csr.ts';
import { byNode, type CentralityResult, type NodeValues } from './result.ts';

export interface StrengthResult extends CentralityResult<'strength', Record<string, never>> {
  /** Strength / degree (0 for isolates): strong few ties or many weak ones. */
  inputs: { meanTieStrength: NodeValues };
}

export function strength(graph: TieGraph): StrengthResult {
  const csr = csrOf(graph);
  const totals = new Float64Array(csr.order);
  const means = new Float64Array(csr.order);
  for (let i = 0; i < csr.order; i++) {
    const from = csr.offsets[i]!;
    const to = csr.offsets[i + 1]!;
    for (let e = from; e < to; e++) totals[i]! += csr.weights[e]!;
    means[i] = to > from ? totals[i]! / (to - from) : 0;
  }
  return {
    metric: 'strength',
    values: byNode(csr.nodes, totals),
    options: {},
    inputs: { meanTieStrength: byNode(csr.nodes, means) },
  };
}
