/** GET /api/import/jobs/:id: how far an import sent with `?async=1` is, then its answer or its problem. */
import { TrellisError } from '../../errors.ts';
import { importJobAnswer, importJobParams } from '../../schema/importJob.ts';
import type { ImportJobs } from '../importJobs.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function importJobRoutes(jobs: ImportJobs): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/import/jobs/:id',
      summary: 'An import running as a job: rows written of all, rows per second, time left; then its answer',
      description:
        'The id comes from the Location of POST /api/import?async=1 (202). state: running, then done with ' +
        'outcome (the answer the synchronous import gives) or failed with problem (the problem it sends: ' +
        'import_invalid lists the bad rows with file, line and field; nothing was written). Jobs are kept in ' +
        'memory: the last 20, each for an hour after it ends.',
      tags: ['import'],
      access: 'admin', // whoever may import
      usesDatabase: false, // the job's state is in memory: it answers while the database is away
      params: importJobParams,
      response: importJobAnswer,
      handler: ({ params, res }) => {
        // It changes while the job runs, and its problems may name people: never kept by a cache.
        res.set('Cache-Control', 'no-store');
        const job = jobs.get(params.id);
        if (!job) throw new TrellisError('not_found', 'There is no such import job (jobs are kept an hour).');
        return job;
      },
    }),
  ];
}
