/** The safe Cypher console and its query library (analyst and above). */
import type { Database } from '../../db/database.ts';
import { queryLibrary } from '../../console/library.ts';
import { queryHash, runConsoleQuery, type ConsoleSettings } from '../../console/runQuery.ts';
import { ConsoleWorkers } from '../../console/workerPool.ts';
import { cypherAnswer, cypherRequest, libraryAnswer } from '../../schema/api.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function cypherRoutes(deps: { db: Database; console: ConsoleSettings }): RouteDef[] {
  const workers = new ConsoleWorkers(deps.db.credentials(), {
    workers: deps.console.workers ?? 2,
    heapMb: deps.console.workerHeapMb ?? 256,
  });
  return [
    defineRoute({
      method: 'post',
      path: '/cypher',
      summary: 'Run one read-only Cypher query (plan gate, read transaction, timeout, row and byte caps)',
      description:
        'Refused with 403 query_refused when the plan is not a plain read, 403 write_refused when Neo4j ' +
        'refuses a write, 504 query_timeout at the time limit counted from the request (`stage` says whether ' +
        'it was planning, waiting for a worker or running), 422 query_memory_limit when the answer ' +
        'needs more memory than a query worker has. `truncated` says when a cap cut the result, ' +
        '`truncatedBy` which one (rows or bytes).',
      tags: ['console'],
      access: 'analyst',
      expensive: true,
      body: cypherRequest,
      response: cypherAnswer,
      handler: async ({ body, res }) => {
        const arrivedAt = Date.now(); // auth and body parsing before this never wait: the query's time starts
        res.locals.queryHash = queryHash(body.query);
        const answer = await runConsoleQuery(deps.db, workers, body, deps.console, arrivedAt);
        res.status(200).type('application/json').set('Content-Length', String(answer.length)).end(answer);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cypher/library',
      summary: 'The query library: title, description, parameters and text of each query',
      tags: ['console'],
      access: 'analyst',
      usesDatabase: false,
      response: libraryAnswer,
      handler: () => ({ queries: queryLibrary() }),
    }),
  ];
}
