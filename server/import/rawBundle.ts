/** What a reader hands the validator: each section's rows as parsed, each with the file and line it came from. */
import { SECTIONS, type Bundle, type Section } from '../schema/bundle.ts';

export interface ImportIssue {
  file: string;
  /** 1-based line of the row in its file (null when the file has no lines to point at). */
  line: number | null;
  /** The offending field, e.g. `at` or `about.1`; empty for a problem with the whole row or file. */
  field: string;
  reason: string;
  /** A stable kind of problem, e.g. zod's `invalid_type` or `unknown_reference`; absent for reading problems. */
  code?: string;
}

export interface RawRow {
  line: number | null;
  value: unknown;
}

export interface RawSection {
  file: string;
  rows: RawRow[];
}

export type RawBundle = Record<Section, RawSection>;

export interface ReadResult {
  raw: RawBundle;
  /** Problems found while reading (unknown columns, malformed files); validation adds its own. */
  issues: ImportIssue[];
}

export function formatIssue(issue: ImportIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}${issue.field ? ` ${issue.field}` : ''}: ${issue.reason}`;
}

/** Wraps an in-memory bundle (e.g. the generated demo org) as read rows, so it goes through the same validation. */
export function rawFromBundle(bundle: Bundle, file = 'generated'): RawBundle {
  const raw = {} as RawBundle;
  for (const section of SECTIONS)
    raw[section] = { file, rows: bundle[section].map((value) => ({ line: null, value })) };
  return raw;
}
