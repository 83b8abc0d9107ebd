/**
 * Writes a validated bundle, all or nothing. An import of up to WHOLE_ROWS rows is written in one transaction,
 * staged and switched inside it (writeWhole). A larger one, or one Neo4j refuses for its memory, is written in
 * transactions of bounded size: new nodes and the relationships that reach them are staged in batches of their
 * own transactions (smaller ones when Neo4j refuses a batch for its memory), without the labels every reader
 * matches by (cypher/import/staged); the last transaction gives every staged node its labels at once, upserts
 * what touches existing nodes (cypher/import/*.cypher) and bumps the data version — or, when Neo4j refuses
 * that for its memory, the staged nodes take their labels in batches behind the import gate first
 * (switchStaged.ts) and the last transaction opens it. A failure anywhere — a batch, the database, the process
 * — leaves the graph as it was: the staging is discarded (a switch begun, rolled back) at once, or before the
 * next import and at start-up.
 * Upserts make a second import of the same data change nothing; each query reports per row whether it
 * created, updated or left the element unchanged.
 */
import type { Bundle } from '../schema/bundle.ts';
import type { Database } from '../db/database.ts';
import { toInteger } from '../db/values.ts';
import { addStatuses, changedIn, emptySummary, type ImportSummary } from './importSummary.ts';
import { DEFAULT_BATCH, forEachBatch, planRows, type RowPlan, type WriteOptions } from './rowPlan.ts';
import { freshIds, type Fresh, type StepName } from './stagedSteps.ts';
import { stageIn, stagePlan, unlessRefused } from './stagePlan.ts';
import { rosterChanged } from './rosterChange.ts';
import { touchedSlots } from './touchedSlots.ts';
import {
  discardStaging,
  exceedsTransactionMemory,
  inOneTransaction,
  type Run,
} from './stagingTransactions.ts';
import { finishSwitch, settleSwitch, switchAtOnce, switchStaged } from './switchStaged.ts';

export type { StepName } from './stagedSteps.ts';
export type { WriteOptions, WriteProgress } from './rowPlan.ts';
export type { ImportSummary, Status } from './importSummary.ts';
export { STEPS } from './steps.ts';

export interface WriteResult {
  summary: ImportSummary;
  /** The data version after the import (unchanged when the import changed nothing). */
  dataVersion: number;
}

export async function writeBundle(
  db: Database,
  bundle: Bundle,
  options: WriteOptions = {},
): Promise<WriteResult> {
  await discardStaging(db);
  const summary = emptySummary();
  let gated = false;
  try {
    const fresh = await freshIds(db, bundle);
    const plan = planRows(bundle, fresh, options);
    const touched = touchedSlots(bundle, fresh);
    if (plan.total <= (options.wholeRows ?? WHOLE_ROWS)) {
      const whole = await writeWhole(db, plan, touched, fresh);
      if (whole) return whole;
    }
    const staging = { batching: { size: options.batchSize ?? DEFAULT_BATCH }, fresh };
    await stagePlan(db, plan, summary, staging);
    const staged = stagedNodes(summary);
    try {
      return await lastTransaction(
        db,
        plan,
        summary,
        touched,
        staged > 0 ? { staged, how: 'atOnce' } : undefined,
      );
    } catch (error) {
      if (staged === 0 || !exceedsTransactionMemory(error)) throw error; // else: rolled back whole
    }
    gated = true;
    await switchStaged(db);
    return await lastTransaction(db, plan, summary, touched, { staged, how: 'gated' });
  } catch (error) {
    await discardStaging(db).catch(() => undefined); // the database may be what failed: then at the next start
    throw error;
  } finally {
    if (gated) await settleSwitch(db);
  }
}

/**
 * Rows up to which an import is first tried in one transaction (writeWhole): `m`'s 100,000 fit Neo4j's
 * default heap; `l`'s million would be refused only after most of its work.
 */
const WHOLE_ROWS = 200_000;

/**
 * The whole import in one transaction, staged and switched inside it: nothing is committed before the end, so
 * the staged labels and their index entries never reach the store and one commit replaces six (`m`). Undefined
 * when Neo4j refused it for its memory: it was rolled back whole, and the import is staged in batches instead.
 */
async function writeWhole(
  db: Database,
  plan: RowPlan,
  touched: number[] | null,
  fresh: Fresh,
): Promise<WriteResult | undefined> {
  return unlessRefused(db, plan, async (run) => {
    const summary = emptySummary();
    await stageIn(run, plan, summary, fresh);
    const staged = stagedNodes(summary);
    return finishIn(run, plan, summary, touched, staged > 0 ? { staged, how: 'atOnce' } : undefined);
  });
}

/**
 * The import's last transaction (finishIn). Counts into a copy of the summary: a first attempt refused for its
 * memory counted nothing that stays.
 */
async function lastTransaction(
  db: Database,
  plan: RowPlan,
  staged: ImportSummary,
  touched: number[] | null,
  ending?: Ending,
): Promise<WriteResult> {
  const summary = structuredClone(staged);
  const done = plan.done;
  return inOneTransaction(db, async (run) => {
    plan.done = done;
    return finishIn(run, plan, summary, touched, ending);
  });
}

/** How the staged nodes become visible: switched in the last transaction, or switched already behind the gate. */
interface Ending {
  staged: number;
  how: 'atOnce' | 'gated';
}

/** The end of an import: the switch at once, or the end of a gated one; the upserts of existing elements; the
 * data version. */
async function finishIn(
  run: Run,
  plan: RowPlan,
  summary: ImportSummary,
  touched: number[] | null,
  ending?: Ending,
): Promise<WriteResult> {
  if (ending?.how === 'atOnce') await switchAtOnce(run, ending.staged);
  await forEachBatch(plan, 'final', async (step, rows) =>
    addStatuses(summary, step.name, await run(step.query, { rows })),
  );
  const dataVersion = await nextDataVersion(run, summary, touched);
  if (ending?.how === 'gated') await finishSwitch(run, ending.staged);
  return { summary, dataVersion };
}

/** The nodes an import staged: what the switch must find staged, no more and no less. */
function stagedNodes(summary: ImportSummary): number {
  return NODE_STEPS.reduce((total, name) => total + summary[name].created, 0);
}

/** The steps that create nodes. */
const NODE_STEPS: StepName[] = ['units', 'people', 'engagements', 'feedback'];

/** The data version after the import: bumped when it changed anything, with the slots it touched (if known). */
async function nextDataVersion(run: Run, summary: ImportSummary, touched: number[] | null): Promise<number> {
  const changed = changedIn(summary);
  const [row] = await run(changed ? 'import/bumpDataVersion' : 'meta/dataVersion');
  const dataVersion = row?.dataVersion as number;
  if (changed && touched)
    await run('import/recordChange', {
      version: toInteger(dataVersion),
      slots: touched.map(toInteger),
      roster: rosterChanged(summary),
    });
  return dataVersion;
}
