/**
 * Validates rows one at a time as a reader streams them: each with its section's zod schema, keeping only the
 * typed row and its line (never the text it came from) and recording every problem with file, line and field
 * in a bounded IssueLog. Gives the event loop a turn every YIELD_EVERY rows so that HTTP keeps answering
 * while a large import is read.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ROW_SCHEMAS, SECTIONS, type Bundle, type Section } from '../schema/bundle.ts';
import type { Directory, DirectorySink } from './directory.ts';
import { IssueLog } from './issueLog.ts';
import { sourceOf, type ImportIssue, type RawBundle } from './rawBundle.ts';

const YIELD_EVERY = 1_000;

/** Sections whose rows others reference by id. */
export type IdSection = 'units' | 'people' | 'engagements' | 'initiatives';

export interface ValidatedRows {
  bundle: Bundle;
  /** Where each valid row came from: origins[section].lines[i] is the line of bundle[section][i]. */
  origins: Record<Section, { file: string; lines: Array<number | null> }>;
  /** Ids of rows that were invalid, so a reference to one is not reported a second time as unknown. */
  invalidIds: Record<IdSection, Set<string>>;
}

export class RowCollector implements DirectorySink, ValidatedRows {
  readonly bundle = Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as Bundle;
  readonly origins = Object.fromEntries(
    SECTIONS.map((s) => [s, { file: s, lines: [] }]),
  ) as unknown as ValidatedRows['origins'];
  readonly invalidIds: ValidatedRows['invalidIds'] = {
    units: new Set(),
    people: new Set(),
    engagements: new Set(),
    initiatives: new Set(),
  };
  /** Rows sources left out on purpose, by reason (e.g. a calendar's all-day events). */
  readonly skipped: Record<string, number> = {};
  private seen = 0;

  constructor(
    readonly issues: IssueLog = new IssueLog(),
    readonly directory?: Directory,
  ) {}

  skip(reason: string, count: number): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }

  file(section: Section, file: string): void {
    this.origins[section].file = file;
  }

  row(section: Section, line: number | null, value: unknown): Promise<void> | undefined {
    const result = ROW_SCHEMAS[section].safeParse(value);
    if (result.success) {
      (this.bundle[section] as unknown[]).push(result.data);
      this.origins[section].lines.push(line);
    } else {
      this.rememberInvalid(section, value);
      const file = this.origins[section].file;
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        this.issues.add({ file, line, field, reason: issue.message, code: issue.code });
      }
    }
    return ++this.seen % YIELD_EVERY === 0 ? nextTurn() : undefined;
  }

  unreadable(section: Section, value: unknown, issue: ImportIssue): void {
    this.rememberInvalid(section, value);
    this.issues.add(issue);
  }

  issue(issue: ImportIssue): void {
    this.issues.add(issue);
  }

  private rememberInvalid(section: Section, value: unknown): void {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && section in this.invalidIds) this.invalidIds[section as IdSection].add(id);
  }
}

/** Validates rows already in memory (a generated bundle, a test's rows) the same way. */
export async function validateRows(raw: RawBundle, issues = new IssueLog()): Promise<RowCollector> {
  const collector = new RowCollector(issues);
  await sourceOf({ raw, issues: [] }).read(collector);
  return collector;
}
