/**
 * Import over HTTP (admin): the upload is streamed to a temporary folder, then read, validated and written by
 * the same importer as `npm run import` — all or nothing, idempotent. One import at a time per process.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import type { AnalyticsEngine } from '../../analytics/engine.ts';
import type { Database } from '../../db/database.ts';
import { TrellisError } from '../../errors.ts';
import { importData } from '../../import/importer.ts';
import type { ImportIssue, ImportSource } from '../../import/rawBundle.ts';
import type { CalendarSourceOptions } from '../../import/calendar/calendarSource.ts';
import { mappedCsvSource } from '../../import/mapped/mappedSource.ts';
import { csvFolderSource } from '../../import/readCsvFolder.ts';
import { jsonBundleSource } from '../../import/readJsonBundle.ts';
import { discardStaging } from '../../import/stagingTransactions.ts';
import { bundleDocument, calendarBody, csvUpload, importAnswer, importQuery } from '../../schema/import.ts';
import { importJobAnswer, type ImportJobAnswer } from '../../schema/importJob.ts';
import type { Logger } from '../../log.ts';
import { ImportJobs, type JobProgress } from '../importJobs.ts';
import { answerOf } from '../importOutcome.ts';
import { problemOf } from '../problem.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { EXPORT_FILE, MAPPING_FILE, receiveUpload, type Upload } from '../upload.ts';
import { importLimitFor } from '../uploadLimit.ts';
import { UploadFolders } from '../uploadFolders.ts';
import { importJobRoutes } from './importJob.ts';

export function importRoutes(deps: {
  db: Database;
  analytics: AnalyticsEngine;
  log: Logger;
  importLimitBytes: number;
  importTempDir?: string;
  /** The jobs of `?async=1` imports (a test passes its own to watch them); one of its own by default. */
  importJobs?: ImportJobs;
}): RouteDef[] {
  let running = false;
  const jobs = deps.importJobs ?? new ImportJobs();
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
        'same data again changes nothing and answers changed: false. With ?async=1 (or Prefer: ' +
        'respond-async) the answer is 202 once the upload is received, with Location: the job at ' +
        'GET /api/import/jobs/{id}, which says how far the import is and then gives this answer or problem.',
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
      accepted: { description: 'Running as a job (?async=1): Location names it', response: importJobAnswer },
      handler: async ({ query, req, res }) => {
        if (running) throw closing(res, new TrellisError('import_busy', 'Another import is running.'));
        running = true;
        let folder: string | undefined;
        const release = async () => {
          running = false;
          if (folder) await folders.remove(folder);
        };
        let job: ImportJobAnswer | undefined;
        try {
          await stagingDiscarded;
          folder = await folders.create();
          const calendar = query.maxAttendees === undefined ? {} : { maxAttendees: query.maxAttendees };
          const source = sourceOfUpload(await receiveUpload(req, { folder, limitBytes }), calendar);
          const run = async (onProgress?: (progress: JobProgress) => void) => {
            const outcome = await importData(deps.db, source, { dryRun: query.dryRun, onProgress });
            if (outcome.status === 'imported') deps.analytics.dataChanged();
            return answerOf(outcome);
          };
          if (!wantsJob(query.async, req)) return await run();
          // From here the job owns the import: it frees it and removes the upload when it ends, however.
          job = jobs.start(
            (onProgress) => run(onProgress).finally(release),
            (error) => problemOf(error, deps.log),
          );
          res.status(202).location(`/api/import/jobs/${job.id}`);
          if (prefersAsync(req)) res.set('Preference-Applied', 'respond-async');
          res.json(job);
          return undefined;
        } catch (error) {
          throw req.complete ? error : closing(res, error);
        } finally {
          if (!job) await release();
        }
      },
    }),
    ...importJobRoutes(jobs),
  ];
}

/** `?async=1`, or `Prefer: respond-async` (RFC 7240): answer 202 at once and run the import as a job. */
function wantsJob(asked: boolean, req: Request): boolean {
  return asked || prefersAsync(req);
}

function prefersAsync(req: Request): boolean {
  return /(^|[\s,;])respond-async([\s,;]|$)/i.test(req.get('prefer') ?? '');
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
