/**
 * Every centrality of DESIGN §3.2 for one derived graph (people or units), as a table metric → node → value.
 * Betweenness and closeness come from one shortest-path search per source; they are exact while the work,
 * sources × ties, stays within `pathWorkBudget`, and beyond it are estimated from as many sampled sources as the
 * budget allows — the note then states how many and the error bounds that hold with 90% confidence.
 */
import {
  degree,
  egoNetwork,
  eigenvector,
  pagerank,
  shortestPathCentralities,
  strength,
  type NodeValues,
  type ParallelOptions,
  type ShortestPathResult,
  type TieGraph,
} from '../centrality/index.ts';

export type MetricTable = Record<string, NodeValues>;

export interface CentralityTableOptions extends ParallelOptions {
  /**
   * Shortest-path searches × ties allowed for betweenness and closeness. Default 4·10⁸: exact for the m org
   * (about 2,000 people, 18,000 ties), sampled for a 90-day window of the l org (20,000 people, 180,000 ties).
   */
  pathWorkBudget?: number;
  /** Fewest sources a sample takes, whatever the budget. Default 200. */
  minSamples?: number;
}

export interface CentralityTable {
  metrics: MetricTable;
  /** How a number was obtained when it is not exact (approximations, non-convergence). */
  notes: string[];
}

export async function centralityTable(
  graph: TieGraph,
  options: CentralityTableOptions = {},
): Promise<CentralityTable> {
  const notes: string[] = [];
  const ego = egoNetwork(graph);
  const paths = await pathCentralities(graph, options, notes);
  const metrics: MetricTable = {
    degree: degree(graph).values,
    strength: strength(graph).values,
    betweenness: paths.betweenness,
    closeness: paths.closeness,
    eigenvector: convergedValues(eigenvector(graph, { maxIterations: 1000 }), notes),
    pagerank: convergedValues(pagerank(graph), notes),
    egoSize: mapValues(ego.values, (e) => e.size),
    egoBreadth: mapValues(ego.values, (e) => e.externalBreadth),
  };
  return { metrics, notes };
}

async function pathCentralities(
  graph: TieGraph,
  options: CentralityTableOptions,
  notes: string[],
): Promise<ShortestPathResult> {
  const budget = options.pathWorkBudget ?? 4e8;
  const ties = Math.max(1, graph.size);
  if (graph.order * ties <= budget) return shortestPathCentralities(graph, options);
  const samples = Math.min(graph.order, Math.max(options.minSamples ?? 200, Math.floor(budget / ties)));
  const result = await shortestPathCentralities(graph, { ...options, samples });
  if (result.bounds) {
    const { betweenness, closeness, confidence } = result.bounds;
    notes.push(
      `betweenness and closeness estimated from ${samples} of ${graph.order} sources (exact would take ` +
        `${Math.round((graph.order * ties) / budget)}× the budget): every betweenness within ±${betweenness.toFixed(3)} ` +
        `and every closeness within ±${closeness.toFixed(3)} of the exact value with ${confidence * 100}% confidence`,
    );
  }
  return result;
}

function convergedValues(
  result: { metric: string; values: NodeValues; converged: boolean; iterations: number },
  notes: string[],
): NodeValues {
  if (!result.converged) notes.push(`${result.metric} did not converge in ${result.iterations} iterations`);
  return result.values;
}

function mapValues<T>(values: Record<string, T>, pick: (value: T) => number): NodeValues {
  const out: NodeValues = {};
  for (const [node, value] of Object.entries(values)) out[node] = pick(value);
  return out;
}
