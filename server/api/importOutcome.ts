/**
 * What an import over HTTP answers, synchronously or as a job's outcome: the counts of a commit, the report of
 * a dry run, or the 422 import_invalid problem listing the bad rows (file, line, field).
 */
import { TrellisError } from '../errors.ts';
import type { ImportOutcome } from '../import/importer.ts';
import type { ImportIssue } from '../import/rawBundle.ts';
import type { ImportAnswer, ImportError } from '../schema/import.ts';

/** The answer of an import that went through; an invalid one is thrown as the 422 problem instead. */
export function answerOf(outcome: ImportOutcome): ImportAnswer {
  if (outcome.status === 'invalid') throw invalidImport(outcome.issues, outcome.issueCount);
  const skipped = Object.keys(outcome.skipped).length > 0 ? { skipped: outcome.skipped } : {};
  if (outcome.dryRun) return { dryRun: true, valid: true, rows: outcome.rows, ...skipped };
  const steps = outcome.summary;
  const totals = { created: 0, updated: 0, unchanged: 0 };
  for (const counts of Object.values(steps)) {
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
  }
  const changed = totals.created + totals.updated > 0;
  return { dryRun: false, changed, dataVersion: outcome.dataVersion, totals, steps, ...skipped };
}

/** issues: the first problems found; count: all of them (the rest are counted, not listed). */
function invalidImport(issues: ImportIssue[], count: number): TrellisError {
  const errors = issues.map(importError);
  const cut = count > errors.length ? ` (the first ${errors.length} are listed)` : '';
  return new TrellisError('import_invalid', `${count} problem(s) found${cut}; nothing was written.`, {
    errors,
    errorCount: count,
    errorsOmitted: count - errors.length,
  });
}

export function importError(issue: ImportIssue): ImportError {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return {
    path: issue.field ? `${where}.${issue.field}` : where,
    code: issue.code ?? 'unreadable',
    message: issue.reason,
    file: issue.file,
    line: issue.line,
    field: issue.field,
  };
}
