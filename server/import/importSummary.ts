/** What an import did, per step: elements created, updated and left unchanged, from the rows its queries return. */
import type { StepName } from './stagedSteps.ts';
import { STEPS } from './steps.ts';

export type Status = 'created' | 'updated' | 'unchanged';
export type ImportSummary = Record<StepName, Record<Status, number>>;

export function emptySummary(): ImportSummary {
  return Object.fromEntries(
    STEPS.map((step) => [step.name, { created: 0, updated: 0, unchanged: 0 }]),
  ) as ImportSummary;
}

/**
 * Adds a query's rows (status, n) to its step's counts. A column named after another step counts what the
 * query created of that step too (import/staged/engagements: its `participants`).
 */
export function addStatuses(
  summary: ImportSummary,
  step: StepName,
  rows: Array<Record<string, unknown>>,
): void {
  for (const row of rows) {
    const status = row.status as Status | 'none';
    if (status !== 'none') summary[step][status] += row.n as number;
    for (const other of CARRIED) if (typeof row[other] === 'number') summary[other].created += row[other];
  }
}

/** The steps whose rows another step's query may create (stagedParticipants.ts). */
const CARRIED: StepName[] = ['participants'];

/** Whether the import created or updated anything in these steps (default: any step). */
export function changedIn(summary: ImportSummary, steps = Object.keys(summary) as StepName[]): boolean {
  return steps.some((step) => summary[step].created + summary[step].updated > 0);
}

/** Adds every count of `more` to `summary`. */
export function addSummary(summary: ImportSummary, more: ImportSummary): void {
  for (const [step, counts] of Object.entries(more) as Array<[StepName, Record<Status, number>]>)
    for (const [status, n] of Object.entries(counts) as Array<[Status, number]>) summary[step][status] += n;
}
