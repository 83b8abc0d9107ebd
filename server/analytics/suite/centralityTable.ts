/**
 * Every centrality of DESIGN §3.2 for one derived graph (people or units), as a table metric → node → value.
 * Exact betweenness and closeness up to `exactMaxNodes` nodes; past it, betweenness is sampled and the note says
 * how many sources were used and the error bound that holds with 90% confidence.
 */
import {
  approximateBetweenness,
  betweenness,
  degree,
  egoNetwork,
  eigenvector,
  harmonicCloseness,
  pagerank,
  strength,
  type NodeValues,
  type ParallelOptions,
  type TieGraph,
} from '../centrality/index.ts';

export type MetricTable = Record<string, NodeValues>;

export interface CentralityTableOptions extends ParallelOptions {
  /** Exact betweenness up to this many nodes; sampled beyond. Default 25,000. */
  exactMaxNodes?: number;
  /** Sources sampled for approximate betweenness. Default 2,000. */
  samples?: number;
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
  const metrics: MetricTable = {
    degree: degree(graph).values,
    strength: strength(graph).values,
    betweenness: await betweennessValues(graph, options, notes),
    closeness: await closenessValues(graph, options, notes),
    eigenvector: convergedValues(eigenvector(graph, { maxIterations: 1000 }), notes),
    pagerank: convergedValues(pagerank(graph), notes),
    egoSize: mapValues(ego.values, (e) => e.size),
    egoBreadth: mapValues(ego.values, (e) => e.externalBreadth),
  };
  return { metrics, notes };
}

async function betweennessValues(
  graph: TieGraph,
  options: CentralityTableOptions,
  notes: string[],
): Promise<NodeValues> {
  if (graph.order <= (options.exactMaxNodes ?? 25_000)) return (await betweenness(graph, options)).values;
  const sampled = await approximateBetweenness(graph, { ...options, samples: options.samples ?? 2_000 });
  notes.push(
    `betweenness sampled from ${sampled.inputs.sources} sources: every value within ` +
      `±${sampled.errorBound.toExponential(2)} of the exact one with ${sampled.options.confidence * 100}% confidence`,
  );
  return sampled.values;
}

/** Harmonic closeness needs every source; past the exact limit it is left out and the note says so. */
async function closenessValues(
  graph: TieGraph,
  options: CentralityTableOptions,
  notes: string[],
): Promise<NodeValues> {
  if (graph.order <= (options.exactMaxNodes ?? 25_000))
    return (await harmonicCloseness(graph, { ...options, normalised: true })).values;
  notes.push(`closeness not computed: ${graph.order} nodes is past the exact limit`);
  return {};
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
