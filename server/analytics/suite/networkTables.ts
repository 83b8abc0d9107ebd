/**
 * The network metrics as node tables (metric → id → value), beside the centralities: what the explorer sizes
 * nodes by and what the write-back stores. null where a metric is undefined (constraint of an isolate).
 */
import type { NodeValues } from '../centrality/index.ts';
import type { MetricTable } from './centralityTable.ts';
import type { NetworkMetrics, UnitNetworkMetrics } from './networkSuite.ts';

export type NullableTable = Record<string, Record<string, number | null>>;

export function networkPersonTable(network: NetworkMetrics): NullableTable {
  return {
    constraint: network.constraint.values,
    effectiveSize: network.effectiveSize.values,
    ei: pick(network.silos.ei.people, (e) => e.value),
    brokerage: pick(network.brokerage.values, (counts) => counts.total),
  };
}

export function networkUnitTable(network: UnitNetworkMetrics): NullableTable {
  const { ei, reached } = network.silos;
  const score: Record<string, number | null> = {};
  for (const unit of network.isolation.units) score[unit.unit] = unit.score;
  return {
    ei: pick(ei.units, (e) => e.value),
    eiVsBaseline: pick(ei.units, (e) => e.vsBaseline),
    reach: pick(reached.units, (r) => r.reach),
    shareWithoutExternalTie: pick(reached.units, (r) => r.shareWithoutExternalTie),
    isolationScore: score,
  };
}

function pick<T>(
  values: Record<string, T>,
  value: (item: T) => number | null,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, item] of Object.entries(values)) out[id] = value(item);
  return out;
}

/** Centralities are never null; widen them to sit in one table with the rest. */
export function merged(...tables: Array<MetricTable | NullableTable>): NullableTable {
  return Object.assign({}, ...tables) as Record<string, NodeValues | Record<string, number | null>>;
}
