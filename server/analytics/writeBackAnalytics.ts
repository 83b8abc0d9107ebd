/**
 * Writes a window's analytics back to Neo4j as properties named `<metric>_<window>` (e.g. `betweenness_90d`
 * and `community_90d` on people, `pagerank_90d`, `trust_90d` and `isolated_90d` (1 = flagged) on units,
 * `maturity_indicated_90d`, `trust_90d` and `stage_90d` on SERVES), so analysts can use them in Cypher.
 * Batched UNWIND writes.
 */
import type { Database } from '../db/database.ts';
import type { WindowAnalytics } from './engine.ts';
import type { NullableTable } from './suite/networkTables.ts';
import { relationshipOverviews } from './suite/relationshipOverviews.ts';
import { propertyName, writeBack, type PropertyRow, type PropertyValue, type Target } from './writeBack.ts';

export type WriteProgress = (target: Target, done: number, total: number) => void;

export async function writeBackAnalytics(
  db: Database,
  analytics: WindowAnalytics,
  onProgress: WriteProgress = () => {},
): Promise<Record<Target, number>> {
  const key = analytics.window.key;
  const written: Record<Target, number> = { people: 0, units: 0, serves: 0 };
  const { communities, isolation } = analytics.network;
  const isolated: Record<string, number> = {};
  for (const unit of isolation.units) isolated[unit.unit] = unit.flagged ? 1 : 0;
  for (const [target, table] of [
    ['people', { ...analytics.people, community: communities.communities }],
    ['units', { ...analytics.units, isolated }],
  ] as const) {
    written[target] = await writeBack(db, target, rowsOf(table, key), {
      onProgress: (done, total) => onProgress(target, done, total),
    });
  }
  written.serves = await writeBack(db, 'serves', servesRows(analytics, key), {
    onProgress: (done, total) => onProgress('serves', done, total),
  });
  return written;
}

/** Maturity, trust and stage on each SERVES relationship, e.g. `maturity_indicated_90d`, `stage_90d`. */
function servesRows(analytics: WindowAnalytics, windowKey: string): PropertyRow[] {
  return relationshipOverviews(analytics.engagement).map(({ maturity, trust, macro }) => {
    const values: Record<string, PropertyValue> = {
      maturity_indicated: maturity.indicated.level,
      maturity_assessed: maturity.assessed.level,
      maturity_gap: maturity.gaps.targetVsIndicated,
      trust: trust?.value ?? null,
      trust_evidence: trust?.evidence ?? null,
      stage: macro?.stage.stage ?? null,
    };
    const props: Record<string, PropertyValue> = {};
    for (const [metric, value] of Object.entries(values)) props[propertyName(metric, windowKey)] = value;
    return { providerId: maturity.providerId, departmentId: maturity.departmentId, props };
  });
}

/** One row per node holding every metric of the table; a missing value is written as null (removed). */
export function rowsOf(table: NullableTable, windowKey: string): PropertyRow[] {
  const rows = new Map<string, PropertyRow>();
  for (const [metric, values] of Object.entries(table)) {
    const name = propertyName(metric, windowKey);
    for (const [id, value] of Object.entries(values)) {
      const row = rows.get(id) ?? { id, props: {} };
      row.props[name] = value !== null && Number.isFinite(value) ? value : null;
      rows.set(id, row);
    }
  }
  return [...rows.values()];
}
