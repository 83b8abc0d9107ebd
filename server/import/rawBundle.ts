/**
 * What the importer reads from: an ImportSource streams rows (with the file and line each came from) into the
 * validator; a ReadResult is rows already in memory (a generated bundle) and becomes a source the same way.
 */
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

/** Where a reader hands each row it reads, and each problem it finds while reading. */
export interface RowSink {
  /** Names the file of a section's rows (before its first row). */
  file(section: Section, file: string): void;
  /** Awaiting the answer (when there is one) lets the event loop run. */
  row(section: Section, line: number | null, value: unknown): Promise<void> | undefined;
  /** A row that could not be read at all (e.g. invalid UTF-8): reported, and its id counted as invalid. */
  unreadable(section: Section, value: unknown, issue: ImportIssue): void;
  issue(issue: ImportIssue): void;
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

/** Rows already in memory, with the problems found while reading them. */
export interface ReadResult {
  raw: RawBundle;
  issues: ImportIssue[];
}

/** Rows read on demand: `read` hands every row and reading problem to the sink, awaiting it as it asks. */
export interface ImportSource {
  read(sink: RowSink): Promise<void>;
}

export function sourceOf(input: ImportSource | ReadResult): ImportSource {
  if ('read' in input) return input;
  return {
    async read(sink) {
      input.issues.forEach((issue) => sink.issue(issue));
      for (const section of SECTIONS) {
        sink.file(section, input.raw[section].file);
        for (const { line, value } of input.raw[section].rows) await sink.row(section, line, value);
      }
    },
  };
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
