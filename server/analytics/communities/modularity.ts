/**
 * Modularity of a partition, weighted (Newman 2004, "Analysis of weighted networks", Phys. Rev. E 70:056131;
 * Reichardt & Bornholdt's resolution γ): Q = Σ_c [ L_c / m − γ (D_c / 2m)² ], with m the total tie weight,
 * L_c the weight of ties inside group c and D_c the summed strength of its members. Computed as NetworkX
 * `community.modularity(G, communities, weight, resolution)` does (a self-loop adds its weight to L_c once and
 * twice to its node's strength; the derived graphs have none).
 *
 * Applied to the formal partition (person → unit) it says how siloed the organisation is: high Q means ties
 * stay inside units. Every node of the graph must have a group; groups of nodes absent from the graph are
 * ignored. Q is null on a graph without ties (m = 0). Defaults: resolution 1, weighted true.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { edgeColumns } from '../graphColumns.ts';
import { groupIndex, type Partition } from './partition.ts';

export interface ModularityOptions {
  /** γ: above 1 favours smaller groups. Default 1. */
  resolution?: number;
  /** Use tie strength (edge `weight`, 1 when absent) or count every tie as 1. Default true. */
  weighted?: boolean;
}

export interface GroupModularity {
  /** L_c: weight of the ties inside the group. */
  internalWeight: number;
  /** D_c: summed strength of the group's members. */
  strength: number;
  /** L_c / m − γ (D_c / 2m)²; the contributions sum to Q. */
  contribution: number;
}

export interface ModularityResult {
  metric: 'modularity';
  value: number | null;
  groups: Record<string, GroupModularity>;
  options: { resolution: number; weighted: boolean };
  inputs: { nodes: number; ties: number; totalWeight: number; groups: number };
}

export function modularity(
  graph: AbstractGraph<Attributes, Attributes>,
  partition: Partition,
  options: ModularityOptions = {},
): ModularityResult {
  const resolution = options.resolution ?? 1;
  const weighted = options.weighted ?? true;
  const edges = edgeColumns(graph);
  const { groupOf, labels } = groupIndex(edges.nodes, partition);
  const ungrouped = groupOf.indexOf(-1);
  if (ungrouped >= 0)
    throw new Error(`communities/modularity: node '${edges.nodes[ungrouped]}' has no group`);
  const internalWeight = new Float64Array(labels.length);
  const strength = new Float64Array(labels.length);
  let total = 0;
  for (let k = 0; k < edges.source.length; k++) {
    const w = weighted ? edges.weight[k]! : 1;
    const [a, b] = [groupOf[edges.source[k]!]!, groupOf[edges.target[k]!]!];
    total += w;
    strength[a]! += w;
    strength[b]! += w;
    if (a === b) internalWeight[a]! += w;
  }
  const groups: Record<string, GroupModularity> = {};
  let value = 0;
  labels.forEach((label, g) => {
    const [inside, sum] = [internalWeight[g]!, strength[g]!];
    const contribution = total > 0 ? inside / total - resolution * (sum / (2 * total)) ** 2 : 0;
    groups[String(label)] = { internalWeight: inside, strength: sum, contribution };
    value += contribution;
  });
  return {
    metric: 'modularity',
    value: total > 0 ? value : null,
    groups,
    options: { resolution, weighted },
    inputs: { nodes: graph.order, ties: graph.size, totalWeight: total, groups: labels.length },
  };
}
