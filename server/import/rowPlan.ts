/**
 * An import's rows, split once by route (staged, with the switch, or not sent: stagedSteps.ts), and sent step
 * by step in batches with the progress after each batch: the rows written so far, of all the import writes.
 */
import type { Bundle } from '../schema/bundle.ts';
import { routeOf, type Fresh, type Route, type StepName } from './stagedSteps.ts';
import { STEPS, type Step } from './steps.ts';
import { attachParticipants, rowsIn } from './stagedParticipants.ts';

export interface WriteProgress {
  step: StepName;
  /** Rows of this step sent, of its rows on this route (staged or with the switch); a new engagement's
   * participants count as rows of the engagements step, which stages them (stagedParticipants.ts). */
  rowsDone: number;
  rowsTotal: number;
  /** Rows of the whole import written so far, of all it writes: the figure for a rate and time left. */
  done: number;
  total: number;
}

export interface WriteOptions {
  batchSize?: number;
  /** Imports of at most this many rows are first tried in one transaction (writeBundle.ts); 0: never. */
  wholeRows?: number;
  /** Called after every batch; throwing aborts the import and rolls everything back. */
  onProgress?: (progress: WriteProgress) => void;
}

/** Rows per batch: staged batches halve it while Neo4j refuses one for its memory (stageRows). Half the
 * 20,000 of the plain-CREATE bound (bench/import.ts): the smaller transactions took ≈ 10 % less CPU for the
 * engagements and participants of `m` (scratch measurement on a loaded machine, issue 13 item 6). */
export const DEFAULT_BATCH = 10_000;

type BatchWork = (step: Step, rows: unknown[]) => Promise<void>;

/** Every step's rows split by route, once, with the running count that progress reports. */
export interface RowPlan {
  steps: Array<{ step: Step; rows: Record<Route, unknown[]> }>;
  total: number;
  done: number;
  options: WriteOptions;
}

export function planRows(bundle: Bundle, fresh: Fresh, options: WriteOptions): RowPlan {
  const steps = STEPS.map((step) => {
    const rows: Record<Route, unknown[]> = { staged: [], final: [], none: [] };
    for (const row of step.rows(bundle)) rows[routeOf(step.name, row, fresh)].push(row);
    return { step, rows };
  });
  carryParticipants(steps);
  const total = steps.reduce((sum, { rows }) => sum + count(rows.staged) + count(rows.final), 0);
  return { steps, total, done: 0, options };
}

/** New engagements carry their staged participants (stagedParticipants.ts): one query stages both. */
function carryParticipants(steps: RowPlan['steps']): void {
  const engagements = steps.find(({ step }) => step.name === 'engagements')?.rows;
  const participants = steps.find(({ step }) => step.name === 'participants')?.rows;
  if (!engagements || !participants) return;
  participants.staged = attachParticipants(engagements.staged, participants.staged);
}

/** Which of the plan's steps to send: from `from` (an index in plan.steps) up to, without, `to`. */
export interface StepRange {
  from?: number;
  to?: number;
}

/**
 * The plan's steps in runs of consecutive steps whose rows on this route, together, fit one batch (a step with
 * more rows is a run of its own): the units, people and their relationships; the feedback and survey ties.
 */
export function stepGroups(plan: RowPlan, route: Route): Array<Required<StepRange>> {
  const batchSize = plan.options.batchSize ?? DEFAULT_BATCH;
  const groups: Array<Required<StepRange>> = [];
  let from = 0;
  let rows = 0;
  for (const [index, { rows: byRoute }] of plan.steps.entries()) {
    const more = count(byRoute[route]);
    if (index > from && rows + more > batchSize) {
      groups.push({ from, to: index });
      [from, rows] = [index, 0];
    }
    rows += more;
  }
  groups.push({ from, to: plan.steps.length });
  return groups;
}

/** The rows of the steps of a range on this route. */
export function rowsOfSteps(plan: RowPlan, route: Route, range: Required<StepRange>): number {
  return plan.steps.slice(range.from, range.to).reduce((sum, { rows }) => sum + count(rows[route]), 0);
}

/** Sends the rows of every step (of the range) that take this route, in order, in batches; progress after each
 * batch. */
export async function forEachBatch(
  plan: RowPlan,
  route: Route,
  work: BatchWork,
  range: StepRange = {},
): Promise<void> {
  const batchSize = plan.options.batchSize ?? DEFAULT_BATCH;
  for (const { step, rows: byRoute } of plan.steps.slice(range.from ?? 0, range.to)) {
    const rows = byRoute[route];
    const rowsTotal = count(rows);
    let rowsDone = 0;
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      await work(step, batch);
      const written = count(batch);
      plan.done += written;
      rowsDone += written;
      const { done, total } = plan;
      plan.options.onProgress?.({ step: step.name, rowsDone, rowsTotal, done, total });
    }
  }
}

function count(rows: unknown[]): number {
  return rows.reduce((sum: number, row) => sum + rowsIn(row), 0);
}
