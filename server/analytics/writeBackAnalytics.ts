/**
 * Writes a window's analytics back to Neo4j as properties named `<metric>_<window>` (e.g. `betweenness_90d`
 * on people, `pagerank_90d` on units), so analysts can use them in Cypher. Batched UNWIND writes.
 */
import type { Database } from '../db/database.ts';
import type { WindowAnalytics } from './engine.ts';
import type { MetricTable } from './suite/centralityTable.ts';
import { propertyName, writeBack, type PropertyRow, type Target } from './writeBack.ts';

export type WriteProgress = (target: Target, done: number, total: number) => void;

export async function writeBackAnalytics(
  db: Database,
  analytics: WindowAnalytics,
  onProgress: WriteProgress = () => {},
): Promise<Record<Target, number>> {
  const key = analytics.window.key;
  const written: Record<Target, number> = { people: 0, units: 0, serves: 0 };
  for (const [target, table] of [
    ['people', analytics.people],
    ['units', analytics.units],
  ] as const) {
    written[target] = await writeBack(db, target, rowsOf(table, key), {
      onProgress: (done, total) => onProgress(target, done, total),
    });
  }
  return written;
}

/** One row per node holding every metric of the table; a missing value is written as null (removed). */
export function rowsOf(table: MetricTable, windowKey: string): PropertyRow[] {
  const rows = new Map<string, PropertyRow>();
  for (const [metric, values] of Object.entries(table)) {
    const name = propertyName(metric, windowKey);
    for (const [id, value] of Object.entries(values)) {
      const row = rows.get(id) ?? { id, props: {} };
      row.props[name] = Number.isFinite(value) ? value : null;
      rows.set(id, row);
    }
  }
  return [...rows.values()];
}
