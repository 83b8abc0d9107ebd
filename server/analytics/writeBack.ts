/**
 * Writes computed metrics back to Neo4j as properties named `<metric>_<window>` (e.g. `betweenness_90d`), in
 * batched UNWIND writes, so analysts can use them in Cypher. Derived values only: the data version stays.
 */
import type { Database } from '../db/database.ts';

export type PropertyValue = number | string | boolean | null;
export type Target = 'people' | 'units' | 'serves';

export interface PropertyRow {
  /** Person or unit id; for `serves`, providerId and departmentId instead. */
  id?: string;
  providerId?: string;
  departmentId?: string;
  props: Record<string, PropertyValue>;
}

/** Property name for a metric in a window: letters, digits and underscores only (safe in Cypher). */
export function propertyName(metric: string, windowKey: string): string {
  return `${metric}_${windowKey}`.replace(/[^A-Za-z0-9_]/g, '_');
}

export async function writeBack(
  db: Database,
  target: Target,
  rows: PropertyRow[],
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 10_000;
  let written = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const [result] = await db.write(`writeback/${target}`, { rows: rows.slice(start, start + batchSize) });
    written += (result?.written as number) ?? 0;
    options.onProgress?.(Math.min(start + batchSize, rows.length), rows.length);
  }
  return written;
}
