/**
 * Reputation of a unit, EigenTrust-style (Kamvar, Schlosser & Garcia-Molina 2003, "The EigenTrust algorithm for
 * reputation management in P2P networks", WWW '03): personalised PageRank (centrality/pagerank.ts) on the unit
 * graph whose edges carry trust, damped toward a prior — uniform, or the pre-trusted units given. EigenTrust's
 * local trust is the count of good experiences; here an edge weighs E · (r + s), the expected number of good
 * experiences under the relationship's Beta trust, so a trusted, well-evidenced relationship passes on more
 * reputation than a thin or distrusted one. Relationship trust is symmetric, so the unit graph is undirected.
 *
 * Defaults: alpha 0.85, uniform prior.
 */
import { UndirectedGraph } from 'graphology';
import { pagerank, type PagerankResult } from '../centrality/pagerank.ts';
import type { RelationshipTrust } from './relationshipTrust.ts';

export interface ReputationOptions {
  alpha?: number;
  /** Units whose word counts from the start (EigenTrust's pre-trusted peers): the prior. Default: all alike. */
  preTrusted?: readonly string[];
}

export interface ReputationResult {
  metric: 'reputation';
  values: Record<string, number>;
  /** Per unit: the summed trust-weighted evidence of its relationships (the graph's strength). */
  inputs: { strength: Record<string, number> };
  options: { alpha: number; preTrusted: string[] };
  pagerank: Pick<PagerankResult, 'iterations' | 'converged'>;
}

export function trustGraph(relationships: readonly RelationshipTrust[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const relationship of relationships) {
    graph.mergeNode(relationship.a);
    graph.mergeNode(relationship.b);
    const weight = relationship.value * relationship.evidence;
    if (weight > 0) graph.mergeEdge(relationship.a, relationship.b, { weight });
  }
  return graph;
}

export function unitReputation(
  relationships: readonly RelationshipTrust[],
  options: ReputationOptions = {},
): ReputationResult {
  const graph = trustGraph(relationships);
  const alpha = options.alpha ?? 0.85;
  const preTrusted = [...(options.preTrusted ?? [])];
  const prior = preTrusted.length ? Object.fromEntries(preTrusted.map((unit) => [unit, 1])) : undefined;
  const result = graph.order ? pagerank(graph, { alpha, ...(prior ? { prior } : {}) }) : null;
  const strength: Record<string, number> = {};
  graph.forEachNode((unit) => {
    strength[unit] = graph.reduceEdges(
      unit,
      (sum, _edge, attributes) => sum + (attributes.weight as number),
      0,
    );
  });
  return {
    metric: 'reputation',
    values: result?.values ?? {},
    inputs: { strength },
    options: { alpha, preTrusted },
    pagerank: { iterations: result?.iterations ?? 0, converged: result?.converged ?? true },
  };
}
