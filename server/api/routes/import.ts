/**
 * Import over HTTP (admin): the upload is streamed to a temporary folder, then read, validated and written by
 * the same importer as `npm run import` — all or nothing, idempotent. One import at a time per process.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Response } from 'express';
import type { AnalyticsEngine } from '../../analytics/engine.ts';
import type { Database } from '../../db/database.ts';
import { TrellisError } from '../../errors.ts';
import { importData, type ImportOutcome } from '../../import/importer.ts';
import type { ImportIssue, ImportSource } from '../../import/rawBundle.ts';
import type { CalendarSourceOptions } from '../../import/calendar/calendarSource.ts';
import { mappedCsvSource } from '../../import/mapped/mappedSource.ts';
import { csvFolderSource } from '../../import/readCsvFolder.ts';
import { jsonBundleSource } from '../../import/readJsonBundle.ts';
import { discardStaging } from '../../import/stagingTransactions.ts';
import {
  bundleDocument,
  calendarBody,
  csvUpload,
  importAnswer,
  importQuery,
  type ImportAnswer,
  type ImportError,
} from '../../schema/import.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { EXPORT_FILE, MAPPING_FILE, receiveUpload, type Upload } from '../upload.ts';
import { importLimitFor } from '../uploadLimit.ts';
import { UploadFolders } from '../uploadFolders.ts';

export function importRoutes(deps: {
  db: Database;
  analytics: AnalyticsEngine;
  importLimitBytes: number;
  importTempDir?: string;
}): RouteDef[] {
  let running = false;
  const folders = new UploadFolders(deps.importTempDir);
  void folders.removeStale(); // folders of a Trellis that died mid-import
  // Its staging too (discarded again before every import; awaited so it cannot race the first one).
  const stagingDiscarded = discardStaging(deps.db).catch(() => undefined);
  const limitBytes = importLimitFor(deps.importLimitBytes);
  return [
    defineRoute({
      method: 'post',
      path: '/import',
      summary: 'Import a JSON bundle or CSV files: a dry run (validation report) or a commit, all or nothing',
      description:
        'The body is a JSON bundle (application/json, as `npm run import` reads), a calendar (text/calendar) ' +
        'or CSV files (multipart/form-data, one file part per section named as its file, e.g. units.csv, ' +
        'and any .ics files beside them; or a CSV export as a part named export with its mapping.json). ' +
        'Invalid rows: ' +
        '422 import_invalid with errors[] (file, line, field, reason; the first 100, errorCount says how ' +
        'many in all and errorsOmitted how many are not listed) and nothing written. Importing the ' +
        'same data again changes nothing and answers changed: false.',
      tags: ['import'],
      access: 'admin',
      streamedBody: true,
      accepts: {
        'application/json': bundleDocument,
        'multipart/form-data': csvUpload,
        'text/calendar': calendarBody,
      },
      problems: {
        409: 'Another import is running',
        413: 'The upload is larger than TRELLIS_IMPORT_LIMIT_MB',
        415: 'Neither application/json, text/calendar nor multipart/form-data',
        422: 'Invalid rows (errors[] with file, line and field); nothing was written',
      },
      query: importQuery,
      response: importAnswer,
      handler: async ({ query, req, res }) => {
        if (running) throw closing(res, new TrellisError('import_busy', 'Another import is running.'));
        running = true;
        let folder: string | undefined;
        try {
          await stagingDiscarded;
          folder = await folders.create();
          const calendar = query.maxAttendees === undefined ? {} : { maxAttendees: query.maxAttendees };
          const source = sourceOfUpload(await receiveUpload(req, { folder, limitBytes }), calendar);
          const outcome = await importData(deps.db, source, { dryRun: query.dryRun });
          if (outcome.status === 'imported') deps.analytics.dataChanged();
          return answerOf(outcome);
        } catch (error) {
          throw req.complete ? error : closing(res, error);
        } finally {
          running = false;
          if (folder) await folders.remove(folder);
        }
      },
    }),
  ];
}

/** An answer sent before the upload was read whole closes the connection rather than read the rest. */
function closing(res: Response, error: unknown): unknown {
  res.set('Connection', 'close');
  return error;
}

function sourceOfUpload(upload: Upload, calendar: CalendarSourceOptions): ImportSource {
  if (upload.kind === 'json') return jsonBundleSource(upload.file);
  const [exported, mapping] = [EXPORT_FILE, MAPPING_FILE].map((file) => path.join(upload.folder, file));
  const mapped = [exported!, mapping!].filter((file) => fs.existsSync(file)).length;
  if (mapped === 2) return withIssues(upload.issues, mappedCsvSource(exported!, mapping!));
  if (mapped === 1) {
    const reason = `send the CSV export as a part named export with its ${MAPPING_FILE} part`;
    upload.issues.push({ file: 'upload', line: null, field: '', reason, code: 'upload_part' });
  }
  return withIssues(upload.issues, csvFolderSource(upload.folder, calendar));
}

function withIssues(issues: ImportIssue[], files: ImportSource): ImportSource {
  return {
    async read(sink) {
      issues.forEach((issue) => sink.issue(issue));
      await files.read(sink);
    },
  };
}

function answerOf(outcome: ImportOutcome): ImportAnswer {
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
