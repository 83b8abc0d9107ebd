/**
 * Betweenness of the graph left by a removal, obtained the way the window's own was (suite/centralityTable.ts):
 * exact while sources × ties stays within the work budget, else estimated from as many sampled sources as the
 * budget allows — then the note says so, since a rise is then a difference of two estimates.
 */
import {
  betweenness,
  shortestPathCentralities,
  type NodeValues,
  type TieGraph,
} from '../centrality/index.ts';

export interface PathBetweenness {
  values: NodeValues;
  note?: string;
}

/** The default budget of centralityTable.ts: exact for the m org, sampled for the l org's 90 days. */
export const PATH_WORK_BUDGET = 4e8;

export async function pathBetweenness(graph: TieGraph, budget = PATH_WORK_BUDGET): Promise<PathBetweenness> {
  const ties = Math.max(1, graph.size);
  if (graph.order * ties <= budget) return { values: (await betweenness(graph)).values };
  const samples = Math.min(graph.order, Math.max(200, Math.floor(budget / ties)));
  const result = await shortestPathCentralities(graph, { samples });
  return {
    values: result.betweenness,
    note:
      `betweenness after the removal estimated from ${samples} of ${graph.order} sources` +
      (result.bounds ? ` (each within ±${result.bounds.betweenness.toFixed(3)} at 90% confidence)` : ''),
  };
}
