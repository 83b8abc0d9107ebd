/**
 * Betweenness and harmonic closeness together, from one shortest-path search per source: the searches are the
 * cost of both, so computing them in one pass halves the work of the metric suite.
 *
 * Exact (every source): betweenness as betweenness.ts (Brandes 2001, NetworkX normalisation), closeness as
 * harmonicCloseness.ts normalised by n − 1 (H(v) = Σ_{u≠v} 1/d(u, v), symmetric on an undirected graph, so the
 * sums collected at the targets are each node's own). Sampled (k sources, seeded, uniform without replacement):
 * betweenness as approximateBetweenness.ts (Brandes & Pich 2007); closeness as the mean of 1/d(s, v) over the
 * sampled s ≠ v (Eppstein & Wang 2004), unbiased. Both bounds hold for every node at once with the stated
 * confidence (Serfling + union bound, approximateBetweenness.ts); closeness terms lie in [0, 1/d_min], so its
 * bound is the same ε scaled by the largest tie strength (1 unweighted).
 */
import { samplingBound, sampledScale, sampleSources } from './approximateBetweenness.ts';
import { betweennessScale } from './betweenness.ts';
import { assertPathWeights, csrOf, type CsrGraph, type TieGraph } from './csr.ts';
import { runBlocks, sumBlocks, type ParallelOptions } from './pool.ts';
import { allSources, byNode, type NodeValues } from './result.ts';

export interface ShortestPathOptions extends ParallelOptions {
  /** Distance = 1 / weight (true) or hops (false). Default true. */
  weighted?: boolean;
  /** Sources to sample; absent (or ≥ n) = exact from every source. */
  samples?: number;
  /** Probability that every value is within its bound. Default 0.9. */
  confidence?: number;
  seed?: number;
}

export interface ShortestPathResult {
  /** Normalised by (n − 1)(n − 2). */
  betweenness: NodeValues;
  /** Harmonic closeness normalised by n − 1. */
  closeness: NodeValues;
  exact: boolean;
  /** Sampled only: max |estimate − exact| over all nodes, with probability ≥ confidence. */
  bounds?: { betweenness: number; closeness: number; confidence: number };
  inputs: { nodes: number; ties: number; sources: number; workers: number };
}

export async function shortestPathCentralities(
  graph: TieGraph,
  options: ShortestPathOptions = {},
): Promise<ShortestPathResult> {
  const weighted = options.weighted ?? true;
  const csr = csrOf(graph);
  if (weighted) assertPathWeights(csr, 'shortestPathCentralities');
  const n = csr.order;
  const exact = options.samples === undefined || options.samples >= n;
  const sources = exact ? allSources(n) : sampleSources(n, Math.max(2, options.samples!), options.seed ?? 1);
  const run = await runBlocks(csr, { kind: 'paths', weighted }, sources, options);
  const sums = sumBlocks(run.blocks, 2 * n);
  const scaled = exact ? scaleExact(sums, n) : scaleSampled(sums, n, sources);
  const inputs = { nodes: n, ties: csr.ties, sources: sources.length, workers: run.workers };
  const result = {
    betweenness: byNode(csr.nodes, scaled.betweenness),
    closeness: byNode(csr.nodes, scaled.closeness),
    exact,
    inputs,
  };
  if (exact) return result;
  const confidence = options.confidence ?? 0.9;
  const epsilon = samplingBound(n, sources.length, 1 - confidence);
  return {
    ...result,
    bounds: { betweenness: epsilon, closeness: epsilon * largestTerm(csr, weighted), confidence },
  };
}

function scaleExact(sums: Float64Array, n: number) {
  const betweenness = sums.slice(0, n);
  const scale = betweennessScale(n, true);
  for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  const closeness = sums.slice(n);
  if (n > 1) for (let v = 0; v < n; v++) closeness[v]! /= n - 1;
  return { betweenness, closeness };
}

function scaleSampled(sums: Float64Array, n: number, sources: Int32Array) {
  const k = sources.length;
  const isSource = new Uint8Array(n);
  for (const s of sources) isSource[s] = 1;
  const scale = sampledScale(n, k, true);
  const betweenness = sums.slice(0, n);
  const closeness = sums.slice(n);
  for (let v = 0; v < n; v++) {
    betweenness[v]! *= isSource[v] ? scale.sampled : scale.other;
    closeness[v]! /= isSource[v] ? k - 1 : k; // the mean over the sampled sources other than v
  }
  return { betweenness, closeness };
}

/** The largest 1/d over single ties: a bound on every closeness term. */
function largestTerm(csr: CsrGraph, weighted: boolean): number {
  if (!weighted) return 1;
  let largest = 0;
  for (const d of csr.distances) if (d > 0 && 1 / d > largest) largest = 1 / d;
  return Math.max(largest, Number.MIN_VALUE);
}
