/**
 * Betweenness centrality, exact: for each node v, Σ over pairs s ≠ v ≠ t of σ_st(v) / σ_st.
 *
 * Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177, run from
 * every source on the CSR view, in worker threads for larger graphs (pool.ts). Unweighted: hop counts (BFS).
 * Weighted: distance = 1 / weight (tie strength), Dijkstra. Normalised as NetworkX does for undirected graphs:
 * divided by (n − 1)(n − 2); unnormalised counts each unordered pair once.
 *
 * Defaults: weighted true, normalised true; workers = available parallelism for graphs of ≥ 1000 nodes.
 */
import { assertPathWeights, csrOf, type TieGraph } from './csr.ts';
import { runBlocks, sumBlocks, type ParallelOptions } from './pool.ts';
import { allSources, byNode, type CentralityResult } from './result.ts';

export interface BetweennessOptions extends ParallelOptions {
  /** Shortest paths by distance = 1 / weight (true) or by hops (false). Default true. */
  weighted?: boolean;
  /** Divide by (n − 1)(n − 2), as NetworkX `normalized=True`. Default true. */
  normalised?: boolean;
}

export interface BetweennessResult extends CentralityResult<
  'betweenness',
  { weighted: boolean; normalised: boolean }
> {
  inputs: { nodes: number; ties: number; sources: number; workers: number };
}

export async function betweenness(
  graph: TieGraph,
  options: BetweennessOptions = {},
): Promise<BetweennessResult> {
  const weighted = options.weighted ?? true;
  const normalised = options.normalised ?? true;
  const csr = csrOf(graph);
  if (weighted) assertPathWeights(csr, 'betweenness');
  const run = await runBlocks(csr, { kind: 'betweenness', weighted }, allSources(csr.order), options);
  const sums = sumBlocks(run.blocks, csr.order);
  const scale = betweennessScale(csr.order, normalised);
  for (let i = 0; i < sums.length; i++) sums[i]! *= scale;
  return {
    metric: 'betweenness',
    values: byNode(csr.nodes, sums),
    options: { weighted, normalised },
    inputs: { nodes: csr.order, ties: csr.ties, sources: csr.order, workers: run.workers },
  };
}

/** NetworkX's rescaling of Brandes' ordered-pair sums on an undirected graph of n nodes, all sources. */
export function betweennessScale(order: number, normalised: boolean): number {
  if (order <= 2) return 1;
  return normalised ? 1 / ((order - 1) * (order - 2)) : 0.5;
}
