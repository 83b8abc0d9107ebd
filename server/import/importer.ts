/**
 * The import pipeline: stream the rows (JSON bundle or CSV folder) → validate each with zod as it arrives →
 * check references against the import and the database → write. Nothing is written unless every row is valid;
 * the problems are reported at once, each with file, line, field and reason (the first MAX_LISTED_ISSUES in
 * full, the rest counted).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import type { Row } from '../db/values.ts';
import type { Bundle } from '../schema/bundle.ts';
import { TrellisError } from '../errors.ts';
import { IssueLog } from './issueLog.ts';
import { sourceOf, type ImportIssue, type ImportSource, type ReadResult } from './rawBundle.ts';
import { calendarSource, isCalendarFile, type CalendarSourceOptions } from './calendar/calendarSource.ts';
import { mappedCsvSource } from './mapped/mappedSource.ts';
import { csvFolderSource } from './readCsvFolder.ts';
import { jsonBundleSource } from './readJsonBundle.ts';
import type { Directory } from './directory.ts';
import { checkEmails } from './emails.ts';
import { checkReferences, type ExistingIds } from './references.ts';
import { checkValue, databaseValueLookup } from './valueReferences.ts';
import { RowCollector } from './validateRows.ts';
import { exceedsTransactionMemory } from './stagingTransactions.ts';
import { writeBundle, type WriteOptions, type WriteResult } from './writeBundle.ts';

export { exceedsTransactionMemory } from './stagingTransactions.ts';

/** What an import is given: a streamed source, or rows already in memory. */
export type ImportInput = ImportSource | ReadResult;

/** skipped: rows sources left out on purpose, by reason (a calendar's all-day events, …). */
export type ValidationResult =
  { ok: true; bundle: Bundle; skipped: Skipped } | { ok: false; issues: ImportIssue[]; issueCount: number };

export type Skipped = Record<string, number>;

export interface SourceOptions {
  calendar?: CalendarSourceOptions;
  /** A mapping file (server/schema/mapping.ts): the path is then one CSV export read through it. */
  mapping?: string;
}

/** Reads a path: a folder is a set of CSV files (and .ics files), a .ics file a calendar, else a JSON bundle. */
export function readImportSource(source: string, options: SourceOptions = {}): ImportSource {
  if (!fs.existsSync(source)) throw new TrellisError('input_unreadable', `${source} does not exist`);
  if (options.mapping) return mappedCsvSource(source, options.mapping);
  if (fs.statSync(source).isDirectory()) return csvFolderSource(source, options.calendar);
  if (isCalendarFile(source))
    return calendarSource(
      [{ name: path.basename(source), open: () => fs.createReadStream(source) }],
      options.calendar,
    );
  return jsonBundleSource(source);
}

export async function validateImport(db: Database, input: ImportInput): Promise<ValidationResult> {
  const rows = new RowCollector(new IssueLog(), directoryOf(db));
  await sourceOf(input).read(rows);
  await checkReferences(rows, (missing) => lookupExisting(db, missing), rows.issues);
  await checkEmails(rows, (keys) => lookupEmails(db, keys), rows.issues);
  await checkValue(rows, databaseValueLookup(db), rows.issues);
  if (rows.issues.count === 0) return { ok: true, bundle: rows.bundle, skipped: rows.skipped };
  return { ok: false, issues: rows.issues.listed, issueCount: rows.issues.count };
}

export interface ImportOptions extends WriteOptions {
  /** Validate only; write nothing. */
  dryRun?: boolean;
}

export type ImportOutcome =
  /** issues: the first MAX_LISTED_ISSUES problems; issueCount: all of them. */
  | { status: 'invalid'; issues: ImportIssue[]; issueCount: number }
  | { status: 'valid'; dryRun: true; rows: number; skipped: Skipped }
  | ({ status: 'imported'; dryRun: false; skipped: Skipped } & WriteResult);

export async function importData(
  db: Database,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const validation = await validateImport(db, input);
  if (!validation.ok)
    return { status: 'invalid', issues: validation.issues, issueCount: validation.issueCount };
  const { skipped } = validation;
  if (options.dryRun) return { status: 'valid', dryRun: true, rows: countRows(validation.bundle), skipped };
  try {
    const written = await writeBundle(db, validation.bundle, options);
    return { status: 'imported', dryRun: false, skipped, ...written };
  } catch (error) {
    if (exceedsTransactionMemory(error))
      throw new TrellisError('import_too_large', `${countRows(validation.bundle)} rows did not fit.`);
    throw new TrellisError('import_failed', (error as Error).message);
  }
}

function countRows(bundle: Bundle): number {
  return Object.values(bundle).reduce((total, rows: unknown[]) => total + rows.length, 0);
}

async function lookupExisting(
  db: Database,
  missing: { units: string[]; people: string[]; engagements: string[] },
): Promise<ExistingIds> {
  const [units, people, engagements] = [
    await readInBatches(db, 'import/existingUnits', missing.units),
    await readInBatches(db, 'import/existingPeople', missing.people),
    await readInBatches(db, 'import/existingEngagements', missing.engagements),
  ];
  return {
    units: new Map(units.map((row) => [row.id as string, row.type as 'department' | 'provider'])),
    people: new Set(people.map((row) => row.id as string)),
    engagements: new Set(engagements.map((row) => row.id as string)),
  };
}

function directoryOf(db: Database): Directory {
  return {
    peopleByEmail: (keys) => lookupEmails(db, keys),
    providersByDomain: async (domains) => {
      const rows = await readInBatches(db, 'import/providersByDomain', domains, 'domains');
      return new Map(rows.map((row) => [row.domain as string, row.unitId as string]));
    },
    peopleByName: async (names) => {
      const found = new Map<string, string[]>();
      for (const row of await readInBatches(db, 'import/peopleByName', names, 'names'))
        found.set(row.name as string, [...(found.get(row.name as string) ?? []), row.id as string]);
      return found;
    },
  };
}

async function lookupEmails(db: Database, keys: string[]): Promise<Map<string, string>> {
  const rows = await readInBatches(db, 'import/peopleByEmail', keys, 'keys');
  return new Map(rows.map((row) => [row.emailKey as string, row.id as string]));
}

const LOOKUP_BATCH = 10_000;

/** One query per batch of ids: an import may reference a million ids it does not define. */
async function readInBatches(db: Database, query: string, ids: string[], param = 'ids'): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH)
    rows.push(...(await db.read(query, { [param]: ids.slice(start, start + LOOKUP_BATCH) })));
  return rows;
}
