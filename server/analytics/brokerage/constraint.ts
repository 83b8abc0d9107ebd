/**
 * Burt's constraint per person (structuralHoles.ts has the formula and source): C_i = Σ_j (p_ij + Σ_q p_iq p_qj)²,
 * p_ij = proportional tie strength. Low constraint = a broker across structural holes; high = embedded in one
 * closed group. null for a person without ties. Default: weighted true (unweighted: every tie counts 1).
 */
import type { TieGraph } from '../centrality/csr.ts';
import { holesCsr, structuralHoles } from './structuralHoles.ts';

export interface StructuralHoleOptions {
  /** Shares of tie strength (true) or of ties (false). Default true. */
  weighted?: boolean;
}

export type PersonValues = Record<string, number | null>;

export interface ConstraintResult {
  metric: 'constraint';
  values: PersonValues;
  options: { weighted: boolean };
  inputs: {
    /** Number of contacts. */
    degree: Record<string, number>;
    /** The contact who constrains the person most (largest local constraint); null without ties. */
    mostConstrainingContact: Record<string, string | null>;
  };
}

export function constraint(graph: TieGraph, options: StructuralHoleOptions = {}): ConstraintResult {
  const weighted = options.weighted ?? true;
  const csr = holesCsr(graph, 'constraint');
  const holes = structuralHoles(csr, weighted);
  const values: PersonValues = {};
  const degree: Record<string, number> = {};
  const mostConstrainingContact: Record<string, string | null> = {};
  csr.nodes.forEach((node, i) => {
    values[node] = nullIfNaN(holes.constraint[i]!);
    degree[node] = csr.offsets[i + 1]! - csr.offsets[i]!;
    const j = holes.mostConstraining[i]!;
    mostConstrainingContact[node] = j < 0 ? null : csr.nodes[j]!;
  });
  return { metric: 'constraint', values, options: { weighted }, inputs: { degree, mostConstrainingContact } };
}

export function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
