/**
 * Partitions of a graph's nodes: node key → group label. The *formal* partition is the org chart (each person's
 * primary unit, node attribute `unit`); detected communities are another; the silo metrics compare the two.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export type Partition = Readonly<Record<string, string | number>>;

/** The formal partition: each node's `unit` attribute (person → primary unit). Nodes without one are skipped. */
export function formalPartition(graph: AbstractGraph<Attributes, Attributes>): Record<string, string> {
  const partition: Record<string, string> = {};
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.unit === 'string') partition[node] = attributes.unit;
  });
  return partition;
}

/** Dense group ids (0…groups − 1, in order of first appearance) for the given nodes; −1 where unlabelled. */
export function groupIndex(
  nodes: readonly string[],
  partition: Partition,
): { groupOf: Int32Array; labels: Array<string | number> } {
  const ids = new Map<string | number, number>();
  const groupOf = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, i) => {
    const label = partition[node];
    if (label === undefined) return;
    let id = ids.get(label);
    if (id === undefined) ids.set(label, (id = ids.size));
    groupOf[i] = id;
  });
  return { groupOf, labels: [...ids.keys()] };
}
