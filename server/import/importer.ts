/**
 * The import pipeline: read (JSON bundle or CSV folder) → validate every row with zod → check references
 * against the bundle and the database → write everything in one transaction. Nothing is written unless every
 * row is valid; all problems are reported at once, each with file, line, field and reason.
 */
import fs from 'node:fs';
import type { Database } from '../db/database.ts';
import type { Bundle } from '../schema/bundle.ts';
import { TrellisError } from '../errors.ts';
import type { ImportIssue, ReadResult } from './rawBundle.ts';
import { readCsvFolder } from './readCsvFolder.ts';
import { readJsonBundleFile } from './readJsonBundle.ts';
import { checkReferences, type ExistingIds } from './references.ts';
import { validateRows } from './validateRows.ts';
import { writeBundle, type WriteOptions, type WriteResult } from './writeBundle.ts';

export type ValidationResult = { ok: true; bundle: Bundle } | { ok: false; issues: ImportIssue[] };

/** Reads a path: a folder is a set of CSV files, a file is a JSON bundle. */
export function readImportSource(source: string): ReadResult {
  if (!fs.existsSync(source)) throw new TrellisError('input_unreadable', `${source} does not exist`);
  return fs.statSync(source).isDirectory() ? readCsvFolder(source) : readJsonBundleFile(source);
}

export async function validateImport(db: Database, read: ReadResult): Promise<ValidationResult> {
  const rows = validateRows(read.raw);
  const issues = [...read.issues, ...rows.issues];
  issues.push(...(await checkReferences(rows, read.raw, (missing) => lookupExisting(db, missing))));
  return issues.length === 0 ? { ok: true, bundle: rows.bundle } : { ok: false, issues };
}

export interface ImportOptions extends WriteOptions {
  /** Validate only; write nothing. */
  dryRun?: boolean;
}

export type ImportOutcome =
  | { status: 'invalid'; issues: ImportIssue[] }
  | { status: 'valid'; dryRun: true; rows: number }
  | ({ status: 'imported'; dryRun: false } & WriteResult);

export async function importData(
  db: Database,
  read: ReadResult,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const validation = await validateImport(db, read);
  if (!validation.ok) return { status: 'invalid', issues: validation.issues };
  if (options.dryRun) return { status: 'valid', dryRun: true, rows: countRows(validation.bundle) };
  try {
    return { status: 'imported', dryRun: false, ...(await writeBundle(db, validation.bundle, options)) };
  } catch (error) {
    if (exceedsTransactionMemory(error))
      throw new TrellisError('import_too_large', `${countRows(validation.bundle)} rows did not fit.`);
    throw new TrellisError('import_failed', (error as Error).message);
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

function countRows(bundle: Bundle): number {
  return Object.values(bundle).reduce((total, rows: unknown[]) => total + rows.length, 0);
}

async function lookupExisting(
  db: Database,
  missing: { units: string[]; people: string[]; engagements: string[] },
): Promise<ExistingIds> {
  const [units, people, engagements] = await Promise.all([
    missing.units.length ? db.read('import/existingUnits', { ids: missing.units }) : [],
    missing.people.length ? db.read('import/existingPeople', { ids: missing.people }) : [],
    missing.engagements.length ? db.read('import/existingEngagements', { ids: missing.engagements }) : [],
  ]);
  return {
    units: new Map(units.map((row) => [row.id as string, row.type as 'department' | 'provider'])),
    people: new Set(people.map((row) => row.id as string)),
    engagements: new Set(engagements.map((row) => row.id as string)),
  };
}
