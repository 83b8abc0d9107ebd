/**
 * The transactions of a staged import: discarding a staging left behind (its own batched transactions), the
 * staged batches, and the last transaction. Batches and the last transaction run explicitly rather than through
 * the driver's managed retry: a transaction refused for its memory would otherwise run again, whole, for
 * nothing (the driver classes that refusal transient). A staged batch refused for its memory is written again
 * as two halves, and the batches after it are that small too: the import fits db.memory.transaction.max
 * however low it is set, as long as one row and the last transaction do.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import { recordToRow, type Row } from '../db/values.ts';

export type Run = (name: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Staged nodes removed per transaction, at first: halved while Neo4j refuses a batch for its memory. */
const DISCARD_BATCH = 5_000;

/** Removes every staged node (and its relationships) of an import that did not finish. */
export async function discardStaging(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    for (let batch = DISCARD_BATCH; ; batch = Math.ceil(batch / 2)) {
      try {
        await session.run(cypher('import/staged/discard'), { batch: neo4j.int(batch) });
        return; // the batches before a refused one committed: the next run finds only the rest
      } catch (error) {
        if (!exceedsTransactionMemory(error) || batch === 1) throw error;
      }
    }
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

/** Neo4j refused the transaction's memory (db.memory.transaction.max or the global pool). */
export function exceedsTransactionMemory(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && /MemoryPoolOutOfMemoryError|TransactionMemoryLimit/.test(code)) ||
    (typeof message === 'string' && /db\.memory\.transaction\.(total\.)?max/.test(message))
  );
}

/** The size of the staged batches; shrinks when one is refused for its memory. */
export interface Batching {
  size: number;
}

/** Writes staged rows in their own transactions of at most `batching.size` rows, halving it while refused. */
export async function stageRows(
  db: Database,
  query: string,
  rows: unknown[],
  batching: Batching,
): Promise<Row[]> {
  const written: Row[] = [];
  for (let start = 0; start < rows.length;) {
    const batch = rows.slice(start, start + batching.size);
    try {
      written.push(...(await inOneTransaction(db, (run) => run(query, { rows: batch }))));
      start += batch.length;
    } catch (error) {
      if (!exceedsTransactionMemory(error) || batch.length === 1) throw error;
      batching.size = Math.ceil(batch.length / 2); // rolled back whole: nothing of this batch was staged
    }
  }
  return written;
}
