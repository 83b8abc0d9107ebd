/**
 * An import's rows, split once by route (staged, with the switch, or not sent: stagedSteps.ts), and sent step
 * by step in batches with the progress after each batch: the rows written so far, of all the import writes.
 */
import type { Bundle } from '../schema/bundle.ts';
import { routeOf, type Fresh, type Route, type StepName } from './stagedSteps.ts';
import { STEPS, type Step } from './steps.ts';

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
  const total = steps.reduce((sum, { rows }) => sum + rows.staged.length + rows.final.length, 0);
  return { steps, total, done: 0, options };
}

/** Sends the rows of every step that take this route, in order, in batches; progress after each batch. */
export async function forEachBatch(plan: RowPlan, route: Route, work: BatchWork): Promise<void> {
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
