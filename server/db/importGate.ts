/**
 * The import gate: an import closes it (cypher/import/staged/mark) before it switches its staged nodes visible
 * in batches, and opens it in its last transaction with the new data version. Every reader reads the data
 * version here first and answers 503 import_finishing while the gate is closed, so none sees a graph half
 * switched; a reader whose reads may have overlapped a switch reads it again after them (confirmDataVersion).
 */
import { TrellisError } from '../errors.ts';
import type { Database } from './database.ts';

export function importFinishing(): TrellisError {
  return new TrellisError('import_finishing', 'An import is finishing; try again in a few seconds.');
}

/** The current data version; throws import_finishing while an import is switching. */
export async function readDataVersion(db: Pick<Database, 'read'>): Promise<number> {
  const [row] = await db.read('meta/dataVersion');
  if (row?.switching === true) throw importFinishing();
  return Number(row?.dataVersion ?? 0);
}

/** After reads that began at `dataVersion`: throws import_finishing if a switch started (or ran) meanwhile. */
export async function confirmDataVersion(db: Pick<Database, 'read'>, dataVersion: number): Promise<void> {
  if ((await readDataVersion(db)) !== dataVersion) throw importFinishing();
}
