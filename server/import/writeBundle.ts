/**
 * Writes a validated bundle, all or nothing, in transactions of bounded size: new nodes and the relationships
 * that reach them are staged in batches of their own transactions (smaller ones when Neo4j refuses a batch for
 * its memory), without the labels every reader matches by (cypher/import/staged); the last transaction gives
 * every staged node its labels at once, upserts what touches existing nodes (cypher/import/*.cypher) and bumps
 * the data version — or, when Neo4j refuses that for its memory, the staged nodes take their labels in batches
 * behind the import gate first (switchStaged.ts) and the last transaction opens it. A failure anywhere — a
 * batch, the database, the process — leaves the graph as it was: the staging is discarded (a switch begun,
 * rolled back) at once, or before the next import and at start-up.
 * Upserts make a second import of the same data change nothing; each query reports per row whether it
 * created, updated or left the element unchanged.
 */
import type { Bundle } from '../schema/bundle.ts';
import type { Database } from '../db/database.ts';
import { freshIds, routeOf, type Fresh, type Route, type StepName } from './stagedSteps.ts';

export type { StepName } from './stagedSteps.ts';
import {
  discardStaging,
  exceedsTransactionMemory,
  inOneTransaction,
  stageRows,
  type Run,
} from './stagingTransactions.ts';
import { finishSwitch, settleSwitch, switchAtOnce, switchStaged } from './switchStaged.ts';

export type Status = 'created' | 'updated' | 'unchanged';
export type ImportSummary = Record<StepName, Record<Status, number>>;

export interface WriteProgress {
  step: StepName;
  /** Rows of this step sent, of its rows on this route (staged or with the switch). */
  rowsDone: number;
  rowsTotal: number;
  /** Rows of the whole import written so far, of all it writes: the figure for a rate and time left. */
  done: number;
  total: number;
}

export interface WriteOptions {
  batchSize?: number;
  /** Called after every batch; throwing aborts the import and rolls everything back. */
  onProgress?: (progress: WriteProgress) => void;
}

export interface Step {
  name: StepName;
  query: string;
  rows: (bundle: Bundle) => unknown[];
}

/** The write steps in order (referenced elements first), each with its query and the rows it sends. */
export const STEPS: Step[] = [
  {
    name: 'units',
    query: 'import/units',
    rows: (b) => b.units.map(({ parentId: _p, ...props }) => ({ id: props.id, type: props.type, props })),
  },
  {
    name: 'unitParents',
    query: 'import/unitParents',
    rows: (b) => b.units.map((u) => ({ id: u.id, parentId: u.parentId ?? null })),
  },
  {
    name: 'people',
    query: 'import/people',
    rows: (b) => b.people.map(({ managerId: _m, ...props }) => ({ id: props.id, props })),
  },
  {
    name: 'managers',
    query: 'import/managers',
    rows: (b) => b.people.map((p) => ({ id: p.id, managerId: p.managerId ?? null })),
  },
  { name: 'memberships', query: 'import/memberships', rows: (b) => b.memberships },
  { name: 'brmAssignments', query: 'import/brmAssignments', rows: (b) => b.brmAssignments },
  { name: 'serves', query: 'import/serves', rows: (b) => b.serves },
  { name: 'domains', query: 'import/domains', rows: (b) => b.domains },
  { name: 'engagements', query: 'import/engagements', rows: (b) => b.engagements.map(engagementParams) },
  { name: 'participants', query: 'import/participants', rows: (b) => b.participants },
  {
    name: 'feedback',
    query: 'import/feedback',
    rows: (b) =>
      b.feedback.map(({ personId, about, at, ...props }) => ({ id: props.id, personId, about, at, props })),
  },
  // Survey answers are (:Person)-[:SAYS]->(:Person), never engagements (server/schema/survey.ts).
  { name: 'surveyTies', query: 'import/surveyTies', rows: (b) => b.surveyTies },
  // Value (server/schema/value.ts): written in the last transaction, after the units they name (stagedSteps.ts).
  { name: 'initiatives', query: 'import/initiatives', rows: (b) => b.initiatives },
  { name: 'benefits', query: 'import/benefits', rows: (b) => b.benefits },
];

function engagementParams(row: Bundle['engagements'][number]) {
  const { at, promisedBy, deliveredAt, ...props } = row;
  return { id: row.id, at, promisedBy: promisedBy ?? null, deliveredAt: deliveredAt ?? null, props };
}

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
    const plan = planRows(bundle, await freshIds(db, bundle), options);
    const batching = { size: options.batchSize ?? DEFAULT_BATCH };
    await forEachBatch(plan, 'staged', async (step, rows) =>
      addStatuses(summary[step.name], await stageRows(db, `import/staged/${step.name}`, rows, batching)),
    );
    const staged = NODE_STEPS.reduce((total, name) => total + summary[name].created, 0);
    try {
      return await lastTransaction(db, plan, summary, staged > 0 ? { staged, how: 'atOnce' } : undefined);
    } catch (error) {
      if (staged === 0 || !exceedsTransactionMemory(error)) throw error; // else: rolled back whole
    }
    gated = true;
    await switchStaged(db);
    return await lastTransaction(db, plan, summary, { staged, how: 'gated' });
  } catch (error) {
    await discardStaging(db).catch(() => undefined); // the database may be what failed: then at the next start
    throw error;
  } finally {
    if (gated) await settleSwitch(db);
  }
}

/**
 * The import's last transaction: the switch at once, or the end of a gated one; the upserts of existing
 * elements; the data version. Counts into a copy of the summary: a first attempt refused for its memory
 * counted nothing that stays.
 */
async function lastTransaction(
  db: Database,
  plan: RowPlan,
  staged: ImportSummary,
  ending?: { staged: number; how: 'atOnce' | 'gated' },
): Promise<WriteResult> {
  const summary = structuredClone(staged);
  const done = plan.done;
  return inOneTransaction(db, async (run) => {
    plan.done = done;
    if (ending?.how === 'atOnce') await switchAtOnce(run, ending.staged);
    await forEachBatch(plan, 'final', async (step, rows) =>
      addStatuses(summary[step.name], await run(step.query, { rows })),
    );
    const dataVersion = await nextDataVersion(run, summary);
    if (ending?.how === 'gated') await finishSwitch(run, ending.staged);
    return { summary, dataVersion };
  });
}

/** The steps that create nodes: what the switch must find staged, no more and no less. */
const NODE_STEPS: StepName[] = ['units', 'people', 'engagements', 'feedback'];

/** Rows per batch (as the plain-CREATE bound of bench/import.ts sends them): staged batches halve it while
 * Neo4j refuses one for its memory (stageRows). */
const DEFAULT_BATCH = 20_000;

type BatchWork = (step: Step, rows: unknown[]) => Promise<void>;

/** Every step's rows split by route, once, with the running count that progress reports. */
interface RowPlan {
  steps: Array<{ step: Step; rows: Record<Route, unknown[]> }>;
  total: number;
  done: number;
  options: WriteOptions;
}

function planRows(bundle: Bundle, fresh: Fresh, options: WriteOptions): RowPlan {
  const steps = STEPS.map((step) => {
    const rows: Record<Route, unknown[]> = { staged: [], final: [], none: [] };
    for (const row of step.rows(bundle)) rows[routeOf(step.name, row, fresh)].push(row);
    return { step, rows };
  });
  const total = steps.reduce((sum, { rows }) => sum + rows.staged.length + rows.final.length, 0);
  return { steps, total, done: 0, options };
}

/** Sends the rows of every step that take this route, in order, in batches; progress after each batch. */
async function forEachBatch(plan: RowPlan, route: Route, work: BatchWork): Promise<void> {
  const batchSize = plan.options.batchSize ?? DEFAULT_BATCH;
  for (const { step, rows: byRoute } of plan.steps) {
    const rows = byRoute[route];
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      await work(step, batch);
      plan.done += batch.length;
      const rowsDone = start + batch.length;
      const { done, total } = plan;
      plan.options.onProgress?.({ step: step.name, rowsDone, rowsTotal: rows.length, done, total });
    }
  }
}

function addStatuses(counts: Record<Status, number>, rows: Array<Record<string, unknown>>): void {
  for (const row of rows) {
    const status = row.status as Status | 'none';
    if (status !== 'none') counts[status] += row.n as number;
  }
}

async function nextDataVersion(run: Run, summary: ImportSummary): Promise<number> {
  const changed = Object.values(summary).some((counts) => counts.created + counts.updated > 0);
  const [row] = await run(changed ? 'import/bumpDataVersion' : 'meta/dataVersion');
  return row?.dataVersion as number;
}

function emptySummary(): ImportSummary {
  return Object.fromEntries(
    STEPS.map((step) => [step.name, { created: 0, updated: 0, unchanged: 0 }]),
  ) as ImportSummary;
}
