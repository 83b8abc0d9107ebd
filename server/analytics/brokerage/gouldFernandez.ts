/**
 * Brokerage roles of Gould & Fernandez (1989), "Structures of mediation: a formal approach to brokerage in
 * transaction networks", Sociological Methodology 19:89–126, on the directed initiation graph (initiator →
 * other participants) with units as groups.
 *
 * Convention (theirs, and R sna's `brokerage`): b brokers for the ordered pair (i, j) when i → b and b → j,
 * i, b, j distinct, and there is no direct tie i → j (a tie j → i does not close the path). Every such
 * two-path counts once for b, whatever the tie strengths. With g(·) the group:
 * - coordinator: g(i) = g(b) = g(j);          - itinerant (consultant): g(i) = g(j) ≠ g(b);
 * - representative: g(i) = g(b) ≠ g(j);       - gatekeeper: g(b) = g(j) ≠ g(i);
 * - liaison: all three differ.
 *
 * Walked from the source i: mark i's out-contacts once, then for every b ∈ out(i) and j ∈ out(b) classify;
 * the cost is Σ_b in(b) · out(b) plus the ties.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { formalPartition, groupIndex, type Partition } from '../communities/partition.ts';
import { edgeColumns } from '../graphColumns.ts';

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole | 'total', number>;

export interface GouldFernandezOptions {
  /** Person → group. Default: the formal partition (node attribute `unit`). */
  partition?: Partition;
}

export interface GouldFernandezResult {
  metric: 'gould-fernandez';
  /** Role counts per person (every person, zeros included). */
  values: Record<string, BrokerageCounts>;
  /** Role counts summed over each group's members. */
  byGroup: Record<string, BrokerageCounts>;
  options: { partition: 'formal' | 'given' };
  inputs: { nodes: number; ties: number; brokered: number; closed: number; ungrouped: number };
}

export function gouldFernandez(
  graph: AbstractGraph<Attributes, Attributes>,
  options: GouldFernandezOptions = {},
): GouldFernandezResult {
  if (graph.type !== 'directed') throw new Error('brokerage/gouldFernandez: expected a directed graph');
  const nodes = graph.nodes();
  const { groupOf, labels } = groupIndex(nodes, options.partition ?? formalPartition(graph));
  const out = outAdjacency(graph);
  const counts = new Float64Array(nodes.length * 5);
  const mark = new Int32Array(nodes.length).fill(-1);
  let [brokered, closed] = [0, 0];
  for (let i = 0; i < nodes.length; i++) {
    const [from, to] = [out.offsets[i]!, out.offsets[i + 1]!];
    for (let e = from; e < to; e++) mark[out.targets[e]!] = i;
    for (let e = from; e < to; e++) {
      const b = out.targets[e]!;
      for (let f = out.offsets[b]!; f < out.offsets[b + 1]!; f++) {
        const j = out.targets[f]!;
        if (j === i) continue;
        if (mark[j] === i) {
          closed++;
          continue;
        }
        const role = roleOf(groupOf[i]!, groupOf[b]!, groupOf[j]!);
        if (role < 0) continue;
        counts[b * 5 + role]! += 1;
        brokered++;
      }
    }
  }
  return {
    metric: 'gould-fernandez',
    ...tally(nodes, counts, groupOf, labels),
    options: { partition: options.partition ? 'given' : 'formal' },
    inputs: { nodes: nodes.length, ties: graph.size, brokered, closed, ungrouped: countUngrouped(groupOf) },
  };
}

/** Index into BROKERAGE_ROLES; −1 when a node has no group. */
function roleOf(gi: number, gb: number, gj: number): number {
  if (gi < 0 || gb < 0 || gj < 0) return -1;
  if (gi === gb) return gb === gj ? 0 : 2;
  if (gi === gj) return 1;
  return gb === gj ? 3 : 4;
}

function outAdjacency(graph: AbstractGraph<Attributes, Attributes>) {
  const { nodes, source, target } = edgeColumns(graph);
  const offsets = new Int32Array(nodes.length + 1);
  for (let k = 0; k < source.length; k++) if (source[k] !== target[k]) offsets[source[k]! + 1]! += 1;
  for (let i = 0; i < nodes.length; i++) offsets[i + 1]! += offsets[i]!;
  const targets = new Int32Array(offsets[nodes.length]!);
  const cursor = offsets.slice(0, nodes.length);
  for (let k = 0; k < source.length; k++)
    if (source[k] !== target[k]) targets[cursor[source[k]!]!++] = target[k]!;
  return { offsets, targets };
}

function tally(nodes: string[], counts: Float64Array, groupOf: Int32Array, labels: Array<string | number>) {
  const values: Record<string, BrokerageCounts> = {};
  const byGroup: Record<string, BrokerageCounts> = {};
  for (const label of labels) byGroup[String(label)] = emptyCounts();
  nodes.forEach((node, b) => {
    const own = emptyCounts();
    const group = groupOf[b]! >= 0 ? byGroup[String(labels[groupOf[b]!])]! : null;
    BROKERAGE_ROLES.forEach((role, r) => {
      own[role] = counts[b * 5 + r]!;
      own.total += own[role];
      if (group) group[role] += own[role];
    });
    if (group) group.total += own.total;
    values[node] = own;
  });
  return { values, byGroup };
}

function emptyCounts(): BrokerageCounts {
  return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
}

function countUngrouped(groupOf: Int32Array): number {
  return groupOf.reduce((n, g) => n + (g < 0 ? 1 : 0), 0);
}
