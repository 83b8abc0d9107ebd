/**
 * The problems of one import, bounded: the first `limit` are kept with their file, line and field, the rest are
 * only counted. A file with a million bad rows must not become a million objects (nor a 422 of 200 MB); the
 * first hundred show what is wrong, the count says how much.
 */
import type { ImportIssue } from './rawBundle.ts';

/** Problems listed in full per import; the rest are counted. */
export const MAX_LISTED_ISSUES = 100;

export class IssueLog {
  readonly listed: ImportIssue[] = [];
  private total = 0;

  constructor(private readonly limit = MAX_LISTED_ISSUES) {}

  add(issue: ImportIssue): void {
    this.total++;
    if (this.listed.length < this.limit) this.listed.push(issue);
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.total;
  }

  get omitted(): number {
    return this.total - this.listed.length;
  }
}
