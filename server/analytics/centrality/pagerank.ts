/**
 * PageRank (weighted, personalisable): the stationary distribution of a walk that follows a tie with
 * probability ∝ its strength, and with probability 1 − α jumps to a node drawn from the prior p.
 *
 * Brin & Page (1998); personalised PageRank as in Haveliwala (2002); the reputation metric (DESIGN §3.6,
 * EigenTrust — Kamvar, Schlosser & Garcia-Molina 2003) calls it on a trust-weighted unit graph with a prior.
 * Computed as NetworkX `pagerank` does: x ← α (x P + (Σ_dangling x) p) + (1 − α) p from the uniform vector,
 * P row-normalised by strength; dangling nodes (no tie, or zero strength) hand their mass out by the prior;
 * stop when Σ|Δx| < n · tolerance. The values sum to 1.
 *
 * Defaults: alpha 0.85, tolerance 1e-6, maxIterations 100, weighted true, prior uniform. Prior entries for
 * nodes absent from the graph are ignored (as NetworkX does), absent nodes get 0; the prior must be ≥ 0 with a
 * positive sum. Not converging is reported (converged false), not thrown.
 */
import { csrOf, type CsrGraph, type TieGraph } from './csr.ts';
import { powerIterate } from './powerIteration.ts';
import { byNode, type CentralityResult, type NodeValues } from './result.ts';

export interface PagerankOptions {
  /** Damping factor α: the probability of following a tie rather than jumping. Default 0.85. */
  alpha?: number;
  tolerance?: number;
  maxIterations?: number;
  /** Follow ties ∝ strength (true) or uniformly (false). Default true. */
  weighted?: boolean;
  /** Personalisation vector: where jumps (and dangling mass) land, normalised to sum 1. Default uniform. */
  prior?: NodeValues;
}

interface Used {
  alpha: number;
  tolerance: number;
  maxIterations: number;
  weighted: boolean;
  personalised: boolean;
}

export interface PagerankResult extends CentralityResult<'pagerank', Used> {
  iterations: number;
  converged: boolean;
  inputs: { danglingNodes: number };
}

export function pagerank(graph: TieGraph, options: PagerankOptions = {}): PagerankResult {
  const used: Used = {
    alpha: options.alpha ?? 0.85,
    tolerance: options.tolerance ?? 1e-6,
    maxIterations: options.maxIterations ?? 100,
    weighted: options.weighted ?? true,
    personalised: options.prior !== undefined,
  };
  if (!(used.alpha >= 0 && used.alpha <= 1)) throw new Error('centrality/pagerank: alpha must be in [0, 1]');
  const csr = csrOf(graph);
  const jump = priorVector(csr, options.prior);
  const strengths = outStrengths(csr, used.weighted);
  const dangling = strengths.reduce((count, s) => count + (s === 0 ? 1 : 0), 0);
  const share = new Float64Array(csr.order);
  const step = (x: Float64Array, next: Float64Array) => {
    let danglingMass = 0;
    for (let v = 0; v < csr.order; v++) {
      if (strengths[v] === 0) danglingMass += x[v]!;
      else share[v] = x[v]! / strengths[v]!;
    }
    for (let w = 0; w < csr.order; w++) {
      let inflow = 0;
      const end = csr.offsets[w + 1]!;
      for (let e = csr.offsets[w]!; e < end; e++)
        inflow += share[csr.targets[e]!]! * weightAt(csr, e, used.weighted);
      next[w] = used.alpha * (inflow + danglingMass * jump[w]!) + (1 - used.alpha) * jump[w]!;
    }
  };
  const run = powerIterate(new Float64Array(csr.order).fill(1 / csr.order), step, used);
  return {
    metric: 'pagerank',
    values: byNode(csr.nodes, run.values),
    options: used,
    iterations: run.iterations,
    converged: run.converged,
    inputs: { danglingNodes: dangling },
  };
}

function weightAt(csr: CsrGraph, edge: number, weighted: boolean): number {
  return weighted ? csr.weights[edge]! : 1;
}

function outStrengths(csr: CsrGraph, weighted: boolean): Float64Array {
  const strengths = new Float64Array(csr.order);
  for (let v = 0; v < csr.order; v++) {
    for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e++) strengths[v]! += weightAt(csr, e, weighted);
  }
  return strengths;
}

function priorVector(csr: CsrGraph, prior: NodeValues | undefined): Float64Array {
  const vector = new Float64Array(csr.order);
  if (!prior) return vector.fill(1 / csr.order);
  let total = 0;
  csr.nodes.forEach((node, i) => {
    const value = prior[node] ?? 0;
    if (!(value >= 0 && Number.isFinite(value)))
      throw new Error(`centrality/pagerank: prior of '${node}' < 0`);
    vector[i] = value;
    total += value;
  });
  if (!(total > 0)) throw new Error('centrality/pagerank: the prior must have a positive sum over the nodes');
  for (let i = 0; i < csr.order; i++) vector[i]! /= total;
  return vector;
}
