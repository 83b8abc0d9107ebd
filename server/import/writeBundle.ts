/**
 * Writes a validated bundle in ONE write transaction, as batched UNWIND upserts (cypher/import/*.cypher):
 * either all of it commits or none of it does, whatever fails on the way (a batch, the database, the
 * process). Upserts make a second import of the same data change nothing; each query reports per row
 * whether it created, updated or left the element unchanged.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Bundle } from '../schema/bundle.ts';
import { runNamed, type Database } from '../db/database.ts';

export type Status = 'created' | 'updated' | 'unchanged';
export type StepName = keyof Bundle | 'unitParents' | 'managers';
export type ImportSummary = Record<StepName, Record<Status, number>>;

export interface WriteProgress {
  step: StepName;
  rowsDone: number;
  rowsTotal: number;
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
  { name: 'engagements', query: 'import/engagements', rows: (b) => b.engagements.map(engagementParams) },
  { name: 'participants', query: 'import/participants', rows: (b) => b.participants },
  {
    name: 'feedback',
    query: 'import/feedback',
    rows: (b) =>
      b.feedback.map(({ personId, about, at, ...props }) => ({ id: props.id, personId, about, at, props })),
  },
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
  const batchSize = options.batchSize ?? 5_000;
  const prepared = STEPS.map((step) => ({ step, rows: step.rows(bundle) }));
  return db.writeTransaction(async (tx) => {
    const summary = emptySummary();
    for (const { step, rows } of prepared) {
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        await addStatuses(summary[step.name], await runNamed(tx, step.query, { rows: batch }));
        options.onProgress?.({
          step: step.name,
          rowsDone: Math.min(start + batchSize, rows.length),
          rowsTotal: rows.length,
        });
      }
    }
    return { summary, dataVersion: await nextDataVersion(tx, summary) };
  });
}

async function addStatuses(counts: Record<Status, number>, rows: Array<Record<string, unknown>>) {
  for (const row of rows) {
    const status = row.status as Status | 'none';
    if (status !== 'none') counts[status] += row.n as number;
  }
}

async function nextDataVersion(tx: ManagedTransaction, summary: ImportSummary): Promise<number> {
  const changed = Object.values(summary).some((counts) => counts.created + counts.updated > 0);
  const [row] = await runNamed(tx, changed ? 'import/bumpDataVersion' : 'meta/dataVersion');
  return row?.dataVersion as number;
}

function emptySummary(): ImportSummary {
  return Object.fromEntries(
    STEPS.map((step) => [step.name, { created: 0, updated: 0, unchanged: 0 }]),
  ) as ImportSummary;
}
