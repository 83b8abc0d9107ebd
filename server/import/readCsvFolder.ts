/**
 * Reads a folder of CSV files (one per section, names from CSV_FILES; a missing file is an empty section)
 * into sections of rows with their line numbers. Headers are checked before any row: an unknown column is
 * reported (it is usually a typo), a missing required column once for the file instead of once per row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_FILES, ROW_SCHEMAS, SECTIONS, type Section } from '../schema/bundle.ts';
import { TrellisError } from '../errors.ts';
import { csvColumns, decodeCsvRecord } from './csvCodec.ts';
import type { ImportIssue, RawBundle, RawSection, ReadResult } from './rawBundle.ts';

export function readCsvFolder(folder: string): ReadResult {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new TrellisError('input_unreadable', `${folder} is not a folder of CSV files`);
  }
  const issues: ImportIssue[] = [];
  const raw = {} as RawBundle;
  for (const section of SECTIONS) {
    const file = CSV_FILES[section];
    const fullPath = path.join(folder, file);
    raw[section] = fs.existsSync(fullPath)
      ? parseCsvSection(section, fs.readFileSync(fullPath, 'utf8'), file, issues)
      : { file, rows: [] };
  }
  return { raw, issues };
}

export function parseCsvSection(
  section: Section,
  text: string,
  file: string,
  issues: ImportIssue[],
): RawSection {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    issues.push({ file, line, field: '', reason: `not valid CSV: ${(error as Error).message}` });
    return { file, rows: [] };
  }
  if (records.length === 0 || !headerIsUsable(section, Object.keys(records[0]!.record), file, issues)) {
    return { file, rows: [] };
  }
  return {
    file,
    rows: records.map(({ record, info }) => ({ line: info.lines, value: decodeCsvRecord(section, record) })),
  };
}

function headerIsUsable(section: Section, header: string[], file: string, issues: ImportIssue[]): boolean {
  const known = csvColumns(section);
  let usable = true;
  for (const column of header) {
    if (!known.has(column))
      issues.push({
        file,
        line: 1,
        field: column,
        reason: `unknown column; expected ${[...known.keys()].join(', ')}`,
      });
  }
  const shape = ROW_SCHEMAS[section].shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean } }
  >;
  for (const column of known.keys()) {
    const required = !shape[column]!.safeParse(undefined).success;
    if (required && !header.includes(column)) {
      issues.push({ file, line: 1, field: column, reason: 'required column is missing' });
      usable = false;
    }
  }
  return usable;
}
