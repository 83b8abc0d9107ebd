/**
 * Eigenvector centrality (weighted): the principal eigenvector of the tie-strength matrix A, scaled to unit
 * Euclidean length — a node is central when its strong ties are to central nodes.
 *
 * Bonacich (1972), "Factoring and weighting approaches to status scores and clique identification",
 * J. Math. Sociol. 2(1). Computed as NetworkX `eigenvector_centrality` does: power iteration on A + I (the
 * shift keeps bipartite graphs from oscillating) from the uniform vector, L2-normalised each step, stopping
 * when Σ|Δx| < n · tolerance.
 *
 * Defaults: weighted true, tolerance 1e-6, maxIterations 100 (NetworkX's); not converging is reported
 * (converged false), not thrown.
 */
import { csrOf, type TieGraph } from './csr.ts';
import { powerIterate } from './powerIteration.ts';
import { byNode, type CentralityResult } from './result.ts';

export interface EigenvectorOptions {
  /** Use tie strength (true) or 1 per tie (false). Default true. */
  weighted?: boolean;
  tolerance?: number;
  maxIterations?: number;
}

export interface EigenvectorResult extends CentralityResult<
  'eigenvector',
  { weighted: boolean; tolerance: number; maxIterations: number }
> {
  iterations: number;
  converged: boolean;
}

export function eigenvector(graph: TieGraph, options: EigenvectorOptions = {}): EigenvectorResult {
  const used = {
    weighted: options.weighted ?? true,
    tolerance: options.tolerance ?? 1e-6,
    maxIterations: options.maxIterations ?? 100,
  };
  const { nodes, order, offsets, targets, weights } = csrOf(graph);
  const step = (x: Float64Array, next: Float64Array) => {
    let squares = 0;
    for (let v = 0; v < order; v++) {
      let sum = x[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) sum += x[targets[e]!]! * (used.weighted ? weights[e]! : 1);
      next[v] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let v = 0; v < order; v++) next[v]! /= norm;
  };
  const run = powerIterate(new Float64Array(order).fill(1 / order), step, used);
  return {
    metric: 'eigenvector',
    values: byNode(nodes, run.values),
    options: used,
    iterations: run.iterations,
    converged: run.converged,
  };
}
