/** The safe Cypher console and its query library (analyst and above). */
import type { Database } from '../../db/database.ts';
import { queryLibrary } from '../../console/library.ts';
import { queryHash, runConsoleQuery, type ConsoleSettings } from '../../console/runQuery.ts';
import { cypherAnswer, cypherRequest, libraryAnswer } from '../../schema/api.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function cypherRoutes(deps: { db: Database; console: ConsoleSettings }): RouteDef[] {
  return [
    defineRoute({
      method: 'post',
      path: '/cypher',
      summary: 'Run one read-only Cypher query (plan gate, read transaction, timeout, row cap)',
      description:
        'Refused with 403 query_refused when the plan is not a plain read, 403 write_refused when Neo4j ' +
        'refuses a write, 504 query_timeout at the time limit. `truncated` says when the row cap cut the result.',
      tags: ['console'],
      access: 'analyst',
      expensive: true,
      body: cypherRequest,
      response: cypherAnswer,
      handler: async ({ body, res }) => {
        res.locals.queryHash = queryHash(body.query);
        return runConsoleQuery(deps.db, body, deps.console);
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
