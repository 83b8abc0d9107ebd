/**
 * Ego-network size and breadth: how many people a person deals with directly (size = number of alters) and
 * how many distinct units those alters belong to (breadth, node attribute `unit`); `externalBreadth` leaves
 * out the ego's own unit. Everett & Borgatti (2005), "Ego network betweenness", and Burt (1992) on range:
 * breadth is the reach across formal boundaries that a large but inward-looking ego network lacks.
 */
import { csrOf, type TieGraph } from './csr.ts';
import type { NodeValues } from './result.ts';

export interface EgoNetwork {
  size: number;
  breadth: number;
  externalBreadth: number;
}

export interface EgoNetworkResult {
  metric: 'ego-network';
  values: Record<string, EgoNetwork>;
  options: { unitAttribute: 'unit' };
  /** Nodes without a `unit` attribute count as a unit of their own (their key). */
  inputs: { withoutUnit: number };
}

export function egoNetwork(graph: TieGraph): EgoNetworkResult {
  const csr = csrOf(graph);
  const units: string[] = [];
  let withoutUnit = 0;
  for (const node of csr.nodes) {
    const unit: unknown = graph.getNodeAttribute(node, 'unit');
    if (typeof unit !== 'string') withoutUnit++;
    units.push(typeof unit === 'string' ? unit : `node:${node}`);
  }
  const values: Record<string, EgoNetwork> = {};
  csr.nodes.forEach((node, i) => {
    const reached = new Set<string>();
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) reached.add(units[csr.targets[e]!]!);
    const size = csr.offsets[i + 1]! - csr.offsets[i]!;
    values[node] = {
      size,
      breadth: reached.size,
      externalBreadth: reached.size - (reached.has(units[i]!) ? 1 : 0),
    };
  });
  return { metric: 'ego-network', values, options: { unitAttribute: 'unit' }, inputs: { withoutUnit } };
}

/** One number per node (e.g. to write back as a property): the breadth. */
export function egoBreadth(result: EgoNetworkResult): NodeValues {
  return Object.fromEntries(Object.entries(result.values).map(([node, ego]) => [node, ego.breadth]));
}
