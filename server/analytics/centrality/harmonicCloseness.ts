/**
 * Harmonic closeness centrality: H(v) = Σ_{u ≠ v} 1 / d(v, u), with 1/∞ = 0, so it is safe on disconnected
 * graphs.
 *
 * Marchiori & Latora (2000), "Harmony in the small-world", Physica A 285; Boldi & Vigna (2014), "Axioms for
 * centrality". Matches NetworkX `harmonic_centrality` (unnormalised by default; `distance=` for weighted).
 * Unweighted: hops (BFS). Weighted: distance = 1 / weight (tie strength), Dijkstra on the CSR view — graphology's
 * closeness is unweighted. Runs in worker threads for larger graphs (pool.ts).
 *
 * The result also carries each node's inputs: `reached` (nodes at finite distance) and `farness` (Σ of those
 * distances), so classic closeness, reached / farness (graphology `closeness`), follows from it.
 *
 * Defaults: weighted true, normalised false (true divides by n − 1, giving a value in [0, 1] unweighted).
 */
import { assertPathWeights, csrOf, type TieGraph } from './csr.ts';
import { runBlocks, type ParallelOptions } from './pool.ts';
import { allSources, byNode, type CentralityResult, type NodeValues } from './result.ts';

export interface HarmonicClosenessOptions extends ParallelOptions {
  /** Distance = 1 / weight (true) or hops (false). Default true. */
  weighted?: boolean;
  /** Divide by n − 1. Default false, as NetworkX. */
  normalised?: boolean;
}

export interface HarmonicClosenessResult extends CentralityResult<
  'harmonic-closeness',
  { weighted: boolean; normalised: boolean }
> {
  inputs: { reached: NodeValues; farness: NodeValues; workers: number };
}

export async function harmonicCloseness(
  graph: TieGraph,
  options: HarmonicClosenessOptions = {},
): Promise<HarmonicClosenessResult> {
  const weighted = options.weighted ?? true;
  const normalised = options.normalised ?? false;
  const csr = csrOf(graph);
  if (weighted) assertPathWeights(csr, 'harmonicCloseness');
  const run = await runBlocks(csr, { kind: 'harmonic', weighted }, allSources(csr.order), options);
  const [harmonic, reached, farness] = unpack(run.blocks, csr.order);
  if (normalised && csr.order > 1) for (let i = 0; i < csr.order; i++) harmonic[i]! /= csr.order - 1;
  return {
    metric: 'harmonic-closeness',
    values: byNode(csr.nodes, harmonic),
    options: { weighted, normalised },
    inputs: {
      reached: byNode(csr.nodes, reached),
      farness: byNode(csr.nodes, farness),
      workers: run.workers,
    },
  };
}

/** Blocks hold [harmonic…, reached…, farness…] for consecutive sources (kernel.mjs computeBlock). */
function unpack(blocks: Float64Array[], order: number): [Float64Array, Float64Array, Float64Array] {
  const columns: [Float64Array, Float64Array, Float64Array] = [
    new Float64Array(order),
    new Float64Array(order),
    new Float64Array(order),
  ];
  let at = 0;
  for (const block of blocks) {
    const length = block.length / 3;
    columns.forEach((column, c) => column.set(block.subarray(c * length, (c + 1) * length), at));
    at += length;
  }
  return columns;
}
