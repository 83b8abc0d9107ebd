/**
 * Communities of the person graph by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
 * unfolding of communities in large networks", J. Stat. Mech. P10008): greedy modularity moves, then
 * aggregation, repeated. Run on the graph's tie columns by louvainMethod.ts (the moves of
 * graphology-communities-louvain, on arrays), weighted by tie strength, with its random starts drawn from a
 * seeded generator, so a seed always gives the same communities.
 *
 * Communities are renumbered 0…count − 1 by decreasing size (ties by the first node in graph order), so
 * labels are stable for colouring. A person without ties is a community of their own. The modularity is our
 * own (modularity.ts) of the partition found, null on a graph without ties.
 *
 * Defaults: seed 1, resolution 1, weighted true.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { Rng } from '../../prng.ts';
import { edgeColumns } from '../graphColumns.ts';
import { louvainCommunities } from './louvainMethod.ts';
import { modularity } from './modularity.ts';

export interface LouvainOptions {
  seed?: number;
  /** γ: above 1 gives more, smaller communities. Default 1. */
  resolution?: number;
  /** Use tie strength (edge `weight`). Default true. */
  weighted?: boolean;
}

export interface LouvainResult {
  metric: 'louvain';
  /** Person → community (0 = the largest). */
  communities: Record<string, number>;
  count: number;
  modularity: number | null;
  options: Required<LouvainOptions>;
  inputs: { nodes: number; ties: number; totalWeight: number; sizes: number[] };
}

export function louvain(
  graph: AbstractGraph<Attributes, Attributes>,
  options: LouvainOptions = {},
): LouvainResult {
  const used = {
    seed: options.seed ?? 1,
    resolution: options.resolution ?? 1,
    weighted: options.weighted ?? true,
  };
  if (graph.type !== 'undirected') throw new Error('communities/louvain: expected an undirected graph');
  if (!(used.resolution > 0 && Number.isFinite(used.resolution)))
    throw new Error('communities/louvain: resolution must be a positive number');
  const rng = new Rng(used.seed);
  const columns = edgeColumns(graph);
  const raw = louvainCommunities(columns, { ...used, random: () => rng.float() });
  const { communities, sizes } = bySize(columns.nodes, raw);
  const quality = modularity(graph, communities, { resolution: used.resolution, weighted: used.weighted });
  return {
    metric: 'louvain',
    communities,
    count: sizes.length,
    modularity: quality.value,
    options: used,
    inputs: { nodes: graph.order, ties: graph.size, totalWeight: quality.inputs.totalWeight, sizes },
  };
}

/** `raw[n]` is node n's community as the method numbered it. */
function bySize(nodes: readonly string[], raw: Int32Array) {
  const members = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, i) => {
    members.set(c, (members.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  });
  const order = [...members.keys()].sort(
    (a, b) => members.get(b)! - members.get(a)! || first.get(a)! - first.get(b)!,
  );
  const rename = new Map(order.map((c, i) => [c, i]));
  const communities: Record<string, number> = {};
  nodes.forEach((node, i) => (communities[node] = rename.get(raw[i]!)!));
  return { communities, sizes: order.map((c) => members.get(c)!) };
}
