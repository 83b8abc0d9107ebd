/**
 * Makes a staged import visible. At once, in the import's last transaction, when that fits (switchAtOnce:
 * readers never wait). When Neo4j refuses it for its memory — its commit fills the Unit/Person/Engagement/
 * Feedback indexes and constraints for every staged node — behind the import gate (server/db/importGate.ts):
 * the gate closes, every staged node takes its labels in batches of their own transactions (halved while
 * refused), and the last transaction — the upserts of existing elements, the new data version — opens the
 * gate again (finishSwitch). Readers answer 503 while the gate is closed; an import that dies with it closed
 * is rolled back at the next start or import (discardStaging), so all of it becomes visible or none of it.
 */
import type { Database } from '../db/database.ts';
import { inOneTransaction, runInBatches, type Run } from './stagingTransactions.ts';

/** Nodes switched per transaction, at first. */
const SWITCH_BATCH = 20_000;

/** Closes the gate and switches every staged node; refuses while another import holds the gate. */
export async function switchStaged(db: Database): Promise<void> {
  const [gate] = await inOneTransaction(db, (run) => run('import/staged/mark'));
  if (gate?.busy === true)
    throw new Error('another import is switching its data visible on the same database');
  await runInBatches(db, 'import/staged/switch', SWITCH_BATCH);
}

/** In the import's last transaction: switches every staged node at once. */
export async function switchAtOnce(run: Run, staged: number): Promise<void> {
  const [row] = await run('import/staged/switchAtOnce');
  if (row?.n !== staged) throw interfered(staged, row?.n);
}

/** In the import's last transaction: opens the gate; the nodes switched must be this import's, no more, no less. */
export async function finishSwitch(run: Run, staged: number): Promise<void> {
  const [row] = await run('import/staged/finish');
  if (row?.switched !== staged) throw interfered(staged, row?.switched);
}

/** Another import on the same database discarded or added staged nodes: this one must not become visible. */
function interfered(staged: number, switched: unknown): Error {
  return new Error(
    `${staged} staged nodes expected, ${String(switched)} switched: another import ran on the same database`,
  );
}

/** Drops the switch marks of a committed import; when that fails, the next start or import does it. */
export async function settleSwitch(db: Database): Promise<void> {
  await runInBatches(db, 'import/staged/settle').catch(() => undefined);
}
