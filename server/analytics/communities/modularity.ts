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
import type { Partition } from './partition.ts';

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
  const sums = new Map<string, { internalWeight: number; strength: number }>();
  const groupOf = (node: string) => {
    const label = partition[node];
    if (label === undefined) throw new Error(`communities/modularity: node '${node}' has no group`);
    const key = String(label);
    if (!sums.has(key)) sums.set(key, { internalWeight: 0, strength: 0 });
    return sums.get(key)!;
  };
  graph.forEachNode((node) => groupOf(node));
  let total = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const w = weighted && typeof attributes.weight === 'number' ? attributes.weight : 1;
    const [a, b] = [groupOf(source), groupOf(target)];
    total += w;
    a.strength += w;
    b.strength += w;
    if (a === b) a.internalWeight += w;
  });
  const groups: Record<string, GroupModularity> = {};
  let value = 0;
  for (const [label, { internalWeight, strength }] of sums) {
    const contribution = total > 0 ? internalWeight / total - resolution * (strength / (2 * total)) ** 2 : 0;
    groups[label] = { internalWeight, strength, contribution };
    value += contribution;
  }
  return {
    metric: 'modularity',
    value: total > 0 ? value : null,
    groups,
    options: { resolution, weighted },
    inputs: { nodes: graph.order, ties: graph.size, totalWeight: total, groups: sums.size },
  };
}
