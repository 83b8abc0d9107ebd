/**
 * The transactions of a staged import: discarding a staging left behind (its own batched transactions), and
 * the last transaction, run explicitly rather than through the driver's managed retry: a transaction refused
 * for its memory would otherwise run again, whole, for nothing (the driver classes that refusal transient).
 */
import { cypher } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import { recordToRow, type Row } from '../db/values.ts';

export type Run = (name: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Removes every staged node (and its relationships) of an import that did not finish. */
export async function discardStaging(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run(cypher('import/staged/discard'));
  } finally {
    await session.close();
  }
}

/** Runs `work` in one explicit write transaction: committed when it resolves, rolled back when it throws. */
export async function inOneTransaction<T>(db: Database, work: (run: Run) => Promise<T>): Promise<T> {
  const session = db.session('WRITE');
  const tx = session.beginTransaction();
  try {
    const result = await work(async (name, params = {}) =>
      (await tx.run(cypher(name), params)).records.map(recordToRow),
    );
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}
