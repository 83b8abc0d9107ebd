/**
 * Makes a staged import visible behind the import gate (server/db/importGate.ts): the gate closes, every staged
 * node takes its labels in batches of their own transactions (halved while Neo4j refuses one for its memory),
 * and the import's last transaction — its upserts of existing elements, the new data version — opens the gate
 * again (finishSwitch). One transaction for the whole switch did not fit the default heap for the `l` org: its
 * commit fills the Unit/Person/Engagement/Feedback indexes and constraints at once. Readers answer 503 while
 * the gate is closed; an import that dies with it closed is rolled back at the next start or import
 * (discardStaging), so all of the import becomes visible or none of it does.
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

/** In the import's last transaction: opens the gate; the nodes switched must be this import's, no more, no less. */
export async function finishSwitch(run: Run, staged: number): Promise<void> {
  const [row] = await run('import/staged/finish');
  if (row?.switched !== staged) {
    throw new Error(
      `${staged} staged nodes expected, ${String(row?.switched)} switched: another import ran on the same database`,
    );
  }
}

/** Drops the switch marks of a committed import; when that fails, the next start or import does it. */
export async function settleSwitch(db: Database): Promise<void> {
  await runInBatches(db, 'import/staged/settle').catch(() => undefined);
}
