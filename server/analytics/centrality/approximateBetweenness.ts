/**
 * Betweenness centrality, approximated from k sampled sources (for orgs where exact Brandes takes too long).
 *
 * Brandes & Pich (2007), "Centrality estimation in large networks": run Brandes' accumulation from k sources
 * drawn uniformly without replacement (seeded) and scale up. Scaling follows NetworkX 3.6
 * `betweenness_centrality(k=…)`: v's estimate averages δ_s(v) over the sampled sources other than v, so it
 * is unbiased; normalised, a sampled v is divided by (k − 1)(n − 2), any other v by k(n − 2).
 *
 * Error bound (normalised scale, every node at once): per node, X_s = δ_s(v) / (n − 2) ∈ [0, 1] over the
 * N = n − 1 sources s ≠ v, and the estimate is the mean of k' ≥ k − 1 of them drawn without replacement.
 * Serfling's inequality (1974) P(|mean − μ| ≥ ε) ≤ 2 exp(−2k'ε² / (1 − (k' − 1)/N)) with a union bound over
 * the n nodes gives, with probability ≥ confidence = 1 − δ,
 *   max_v |estimate(v) − b(v)| ≤ ε = sqrt((1 − (k' − 1)/N) · ln(2n/δ) / (2k')).
 * (Riondato & Kornaropoulos 2016 sample paths instead; the source-sampling bound above is the Hoeffding-style
 * one.) The bound is worst-case and uniform; typical errors are far smaller. Unnormalised, ε is multiplied by
 * (n − 1)(n − 2)/2.
 *
 * Defaults: weighted true, normalised true, samples 1000 (at most n), confidence 0.9, seed 1; `epsilon`
 * instead of `samples` picks the smallest k whose bound is ≤ epsilon.
 */
import { Rng } from '../../prng.ts';
import type { BetweennessOptions } from './betweenness.ts';
import { assertPathWeights, csrOf, type TieGraph } from './csr.ts';
import { runBlocks, sumBlocks } from './pool.ts';
import { byNode, type CentralityResult } from './result.ts';

export interface ApproximateBetweennessOptions extends BetweennessOptions {
  /** Number of sampled sources k. Default 1000, capped at the number of nodes. */
  samples?: number;
  /** Wanted error bound (normalised scale); when given, it sets `samples`. */
  epsilon?: number;
  /** Probability that every node is within the bound. Default 0.9. */
  confidence?: number;
  seed?: number;
}

interface Used {
  weighted: boolean;
  normalised: boolean;
  samples: number;
  confidence: number;
  seed: number;
}

export interface ApproximateBetweennessResult extends CentralityResult<'betweenness-approximate', Used> {
  /** max_v |estimate − exact| ≤ errorBound with probability ≥ options.confidence (same scale as values). */
  errorBound: number;
  inputs: { nodes: number; ties: number; sources: number; workers: number };
}

export async function approximateBetweenness(
  graph: TieGraph,
  options: ApproximateBetweennessOptions = {},
): Promise<ApproximateBetweennessResult> {
  const csr = csrOf(graph);
  const used = resolve(options, csr.order);
  if (used.weighted) assertPathWeights(csr, 'approximateBetweenness');
  const sources = sampleSources(csr.order, used.samples, used.seed);
  const run = await runBlocks(csr, { kind: 'betweenness', weighted: used.weighted }, sources, options);
  const sums = sumBlocks(run.blocks, csr.order);
  const scale = sampledScale(csr.order, used.samples, used.normalised);
  const sampled = new Uint8Array(csr.order);
  for (const s of sources) sampled[s] = 1;
  for (let v = 0; v < csr.order; v++) sums[v]! *= sampled[v] ? scale.sampled : scale.other;
  const epsilon = samplingBound(csr.order, used.samples, 1 - used.confidence);
  return {
    metric: 'betweenness-approximate',
    values: byNode(csr.nodes, sums),
    options: used,
    errorBound: used.normalised ? epsilon : (epsilon * (csr.order - 1) * (csr.order - 2)) / 2,
    inputs: { nodes: csr.order, ties: csr.ties, sources: sources.length, workers: run.workers },
  };
}

function resolve(options: ApproximateBetweennessOptions, order: number): Used {
  const confidence = options.confidence ?? 0.9;
  if (!(confidence > 0 && confidence < 1))
    throw new Error('centrality/approximateBetweenness: confidence in (0, 1)');
  const wanted =
    options.epsilon === undefined
      ? (options.samples ?? 1000)
      : samplesFor(order, options.epsilon, 1 - confidence);
  return {
    weighted: options.weighted ?? true,
    normalised: options.normalised ?? true,
    samples: Math.max(Math.min(order, 2), Math.min(order, Math.ceil(wanted))),
    confidence,
    seed: options.seed ?? 1,
  };
}

/** ε for k sampled sources among n nodes, failure probability δ (see header). */
export function samplingBound(order: number, samples: number, delta: number): number {
  const population = order - 1;
  const draws = samples - 1;
  if (order <= 2 || draws >= population) return 0;
  if (draws < 1) return 1;
  const finite = 1 - (draws - 1) / population;
  return Math.min(1, Math.sqrt((finite * Math.log((2 * order) / delta)) / (2 * draws)));
}

/** Smallest k with samplingBound ≤ ε: solving 2k'ε² = (1 − (k' − 1)/N) L for k', then k = k' + 1. */
function samplesFor(order: number, epsilon: number, delta: number): number {
  const population = Math.max(1, order - 1);
  const logTerm = Math.log((2 * order) / delta);
  return Math.ceil((logTerm * (1 + 1 / population)) / (2 * epsilon * epsilon + logTerm / population)) + 1;
}

export function sampledScale(order: number, samples: number, normalised: boolean) {
  if (order <= 2) return { sampled: 1, other: 1 };
  const perPair = normalised ? 1 / (order - 2) : (order - 1) / 2;
  return { sampled: samples > 1 ? perPair / (samples - 1) : NaN, other: perPair / samples };
}

/** k distinct node indices, uniform without replacement (partial Fisher–Yates), sorted. */
export function sampleSources(order: number, samples: number, seed: number): Int32Array {
  const rng = new Rng(seed);
  const pool = Int32Array.from({ length: order }, (_, i) => i);
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(rng.float() * (order - i));
    const picked = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = picked;
  }
  return pool.slice(0, samples).sort();
}
