/**
 * The staged batches of an import (writeBundle.ts): every row that creates what no reader sees yet, in
 * transactions of their own. Consecutive steps with fewer rows together than one batch share one transaction
 * (for `m`: the units, people and their relationships, seven steps; the feedback and survey ties): a commit
 * waits for the disk, 20–40 ms each on the bench machine, and `m` staged in 19 transactions before, 5 now
 * (issue 13 item 6). When Neo4j refuses such a transaction for its memory, nothing of it stays and its steps
 * are staged one by one. A step with more rows goes in batches of their own transactions of at most
 * `batching.size` rows, halved while refused (stagingTransactions.ts).
 */
import type { Database } from '../db/database.ts';
import type { Row } from '../db/values.ts';
import { addStatuses, addSummary, emptySummary, type ImportSummary } from './importSummary.ts';
import { forEachBatch, rowsOfSteps, stepGroups, type RowPlan, type StepRange } from './rowPlan.ts';
import type { Fresh } from './stagedSteps.ts';
import { ownQuery, splitByStaged } from './stagedNodes.ts';
import type { Step } from './steps.ts';
import {
  exceedsTransactionMemory,
  inOneTransaction,
  stageRows,
  type Batching,
  type Run,
} from './stagingTransactions.ts';

type StageRun = (query: string, rows: unknown[]) => Promise<Row[]>;

export interface Staging {
  batching: Batching;
  fresh: Fresh;
}

/** Stages every staged row of the plan, counting what it created into `summary`. */
export async function stagePlan(db: Database, plan: RowPlan, summary: ImportSummary, staging: Staging) {
  for (const range of stepGroups(plan, 'staged')) {
    const fits = rowsOfSteps(plan, 'staged', range) <= staging.batching.size;
    if (fits && (await stageTogether(db, plan, range, summary, staging.fresh))) continue;
    const run: StageRun = (query, rows) => stageRows(db, query, rows, staging.batching);
    const work = (step: Step, rows: unknown[]) => stageBatch(run, step, rows, summary, staging.fresh);
    await forEachBatch(plan, 'staged', work, range);
  }
}

/** Stages a run of steps in one transaction; false when Neo4j refused it for its memory (nothing of it stays). */
async function stageTogether(
  db: Database,
  plan: RowPlan,
  range: Required<StepRange>,
  summary: ImportSummary,
  fresh: Fresh,
): Promise<boolean> {
  const counts = emptySummary(); // counted apart: a refused transaction counted nothing that stays
  const staged = await unlessRefused(db, plan, async (run) => {
    await stageIn(run, plan, counts, fresh, range);
    return true;
  });
  if (!staged) return false;
  addSummary(summary, counts);
  return true;
}

/**
 * Runs `work` in one transaction of the plan's rows; undefined when Neo4j refused it for its memory: nothing of
 * it stays, and the plan's count of rows written goes back to where it was.
 */
export async function unlessRefused<T>(
  db: Database,
  plan: RowPlan,
  work: (run: Run) => Promise<T>,
): Promise<T | undefined> {
  const done = plan.done;
  try {
    return await inOneTransaction(db, work);
  } catch (error) {
    if (!exceedsTransactionMemory(error)) throw error;
    plan.done = done;
    return undefined;
  }
}

/** Stages the staged rows of the plan's steps in `range` (default: all) through one transaction's `run`. */
export function stageIn(
  run: Run,
  plan: RowPlan,
  summary: ImportSummary,
  fresh: Fresh,
  range: StepRange = {},
): Promise<void> {
  const together: StageRun = (query, rows) => run(query, { rows });
  return forEachBatch(
    plan,
    'staged',
    (step, rows) => stageBatch(together, step, rows, summary, fresh),
    range,
  );
}

/** Stages one batch of a step: the rows whose ends this import all staged over their staged labels, the
 * others over both labels (stagedNodes.ts). */
async function stageBatch(run: StageRun, step: Step, rows: unknown[], summary: ImportSummary, fresh: Fresh) {
  const { own, other } = splitByStaged(fresh, step.name, rows);
  const parts: Array<[string | undefined, unknown[]]> = [
    [ownQuery(step.name), own],
    [`import/staged/${step.name}`, other],
  ];
  for (const [query, part] of parts)
    if (query && part.length > 0) addStatuses(summary, step.name, await run(query, part));
}
