/** What the explorer marks on nodes: isolated units, single points of failure, and each unit's community. */
import type { NetworkMetrics } from '../analytics/suite/networkSuite.ts';
import type { PersonGraph, UnitGraph } from '../analytics/graphs.ts';
import type { GraphNode } from '../schema/graph.ts';
import { isolationReason, separationReason, type UnitName } from './reasons.ts';

type Flags = Map<string, GraphNode['flags']>;

export function unitNamer(graphs: { units: UnitGraph }): UnitName {
  return (id) => (graphs.units.hasNode(id) ? graphs.units.getNodeAttribute(id, 'name') : id);
}

export function unitFlags(network: NetworkMetrics): Flags {
  const flags: Flags = new Map();
  for (const unit of network.isolation.units)
    if (unit.flagged) flags.set(unit.unit, [{ flag: 'isolated', reason: isolationReason(unit) }]);
  return flags;
}

export function personFlags(network: NetworkMetrics, name: UnitName): Flags {
  const flags: Flags = new Map();
  for (const separation of network.cutPoints.people)
    flags.set(separation.person, [
      { flag: 'single-point-of-failure', reason: separationReason(separation, name) },
    ]);
  return flags;
}

/** A unit's community: the one most of its members belong to (ties to the lower number). */
export function unitCommunities(
  persons: PersonGraph,
  communities: Record<string, number>,
): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  persons.forEachNode((person, { unit }) => {
    const community = communities[person];
    if (community === undefined) return;
    const perUnit = counts.get(unit) ?? new Map<number, number>();
    perUnit.set(community, (perUnit.get(community) ?? 0) + 1);
    counts.set(unit, perUnit);
  });
  const majority = new Map<string, number>();
  for (const [unit, perUnit] of counts) {
    const [best] = [...perUnit].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (best) majority.set(unit, best[0]);
  }
  return majority;
}
