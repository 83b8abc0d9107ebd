/**
 * Burt's effective size per person (structuralHoles.ts has the formula and source): the number of contacts
 * minus their redundancy, E_i = Σ_j (1 − Σ_q p_iq m_jq). Efficiency = E_i / degree. null for a person without
 * ties. Default: weighted true.
 */
import type { TieGraph } from '../centrality/csr.ts';
import { nullIfNaN, type PersonValues, type StructuralHoleOptions } from './constraint.ts';
import { holesCsr, structuralHoles } from './structuralHoles.ts';

export interface EffectiveSizeResult {
  metric: 'effective-size';
  values: PersonValues;
  options: { weighted: boolean };
  inputs: { degree: Record<string, number>; efficiency: PersonValues };
}

export function effectiveSize(graph: TieGraph, options: StructuralHoleOptions = {}): EffectiveSizeResult {
  const weighted = options.weighted ?? true;
  const csr = holesCsr(graph, 'effectiveSize');
  const holes = structuralHoles(csr, weighted);
  const values: PersonValues = {};
  const degree: Record<string, number> = {};
  const efficiency: PersonValues = {};
  csr.nodes.forEach((node, i) => {
    const size = nullIfNaN(holes.effectiveSize[i]!);
    values[node] = size;
    degree[node] = csr.offsets[i + 1]! - csr.offsets[i]!;
    efficiency[node] = size === null ? null : size / degree[node];
  });
  return { metric: 'effective-size', values, options: { weighted }, inputs: { degree, efficiency } };
}
