/**
 * Degree centrality: the number of distinct people (or units) a node has a tie with in the window.
 * Freeman (1979), "Centrality in social networks: conceptual clarification", Social Networks 1:215–239.
 * Normalised as NetworkX `degree_centrality`: degree / (n − 1). Self-loops are not ties to someone else and do
 * not count.
 *
 * Defaults: normalised false.
 */
import { csrOf, type TieGraph } from './csr.ts';
import { byNode, type CentralityResult } from './result.ts';

export interface DegreeOptions {
  /** Divide by n − 1. Default false. */
  normalised?: boolean;
}

export type DegreeResult = CentralityResult<'degree', { normalised: boolean }>;

export function degree(graph: TieGraph, options: DegreeOptions = {}): DegreeResult {
  const normalised = options.normalised ?? false;
  const csr = csrOf(graph);
  const scale = normalised && csr.order > 1 ? 1 / (csr.order - 1) : 1;
  const values = new Float64Array(csr.order);
  for (let i = 0; i < csr.order; i++) values[i] = (csr.offsets[i + 1]! - csr.offsets[i]!) * scale;
  return { metric: 'degree', values: byNode(csr.nodes, values), options: { normalised } };
}
