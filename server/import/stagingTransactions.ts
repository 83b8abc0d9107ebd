/**
 * The transactions of a staged import: recovering from an import left half done (its own batched
 * transactions), the staged batches, and the last transaction. Batches and the last transaction run
 * explicitly rather than through the driver's managed retry: a transaction refused for its memory would otherwise run again, whole, for
 * nothing (the driver classes that refusal transient). A staged batch refused for its memory is written again
 * as two halves, and the batches after it are that small too: the import fits db.memory.transaction.max
 * however low it is set, as long as one row and the last transaction do.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import { recordToRow, type Row } from '../db/values.ts';

export type Run = (name: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Nodes per transaction of a batched pass (discard, switch, settle, roll-back), at first: halved while
 * Neo4j refuses a batch for its memory. */
const PASS_BATCH = 5_000;

/**
 * Runs a query that works through `CALL … IN TRANSACTIONS OF $batch ROWS` to its end, halving the batch while
 * Neo4j refuses one for its memory: the batches before a refused one committed, so the next run finds only the
 * rest.
 */
export async function runInBatches(db: Database, query: string, batch = PASS_BATCH): Promise<void> {
  const session = db.session('WRITE');
  try {
    for (; ; batch = Math.ceil(batch / 2)) {
      try {
        await session.run(cypher(query), { batch: neo4j.int(batch) });
        return;
      } catch (error) {
        if (!exceedsTransactionMemory(error) || batch === 1) throw error;
      }
    }
  } finally {
    await session.close();
  }
}

/** What discardStaging found: nodes of an import that died during its switch, now removed. */
export interface Recovery {
  rolledBack: number;
}

/**
 * Leaves no import half done (run before every import and at start-up): an import that died during its switch
 * — the import gate still closed (server/db/importGate.ts), its last transaction never committed — is rolled
 * back, its switched nodes removed while readers are still answered 503, and the gate opened with a new data
 * version; the switch marks of one that finished are dropped; the staging an unfinished import left (never
 * visible) is removed.
 */
export async function discardStaging(db: Database): Promise<Recovery> {
  const [gate] = await db.read('meta/dataVersion');
  if (gate?.switching !== true) {
    const [left] = await db.read('import/staged/leftovers');
    if (left?.switched !== false) await runInBatches(db, 'import/staged/settle');
    if (left?.staged !== false) await runInBatches(db, 'import/staged/discard');
    return { rolledBack: 0 };
  }
  const [switched] = await db.read('import/staged/switchedCount');
  await runInBatches(db, 'import/staged/rollBack');
  await runInBatches(db, 'import/staged/discard');
  await inOneTransaction(db, (run) => run('import/staged/reopen'));
  return { rolledBack: Number(switched?.n ?? 0) };
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
