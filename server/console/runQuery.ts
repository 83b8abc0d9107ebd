/**
 * Runs one console query safely: the plan gate first, then a READ transaction with a timeout (explicit, so the
 * driver never retries it), streaming at most limit + 1 rows and cancelling the rest. A deadline of
 * timeout + 0.7 s answers 504 even if the server is slow to stop the query.
 */
import { createHash } from 'node:crypto';
import { cypher, statements } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import { toPlain } from '../db/values.ts';
import { TrellisError } from '../errors.ts';
import type { CypherAnswer, CypherRequest } from '../schema/api.ts';
import { GraphCollector } from './graphOf.ts';
import { refusedKeyword } from './keywords.ts';
import { consoleError } from './neo4jErrors.ts';
import { toNeo4jParameters } from './parameters.ts';
import { judgePlan } from './planGate.ts';

export interface ConsoleSettings {
  timeoutMs: number;
  maxRows: number;
  /** Off only in tests, to prove Neo4j's read mode refuses writes by itself. */
  planGate: boolean;
}

const FETCH_SIZE = 500;
const DEADLINE_GRACE_MS = 700;

export function queryHash(query: string): string {
  return createHash('sha256').update(query, 'utf8').digest('hex').slice(0, 16);
}

export async function runConsoleQuery(
  db: Database,
  request: CypherRequest,
  settings: ConsoleSettings,
): Promise<CypherAnswer> {
  const started = Date.now();
  const limit = Math.min(request.limit ?? settings.maxRows, settings.maxRows);
  const parameters = toNeo4jParameters(request.parameters);
  const work = (async () => {
    if (settings.planGate) await passPlanGate(db, request.query, parameters, settings.timeoutMs);
    return fetchRows(db, request.query, parameters, limit, settings.timeoutMs);
  })();
  const answer = await withDeadline(work, settings.timeoutMs + DEADLINE_GRACE_MS).catch((error) => {
    throw consoleError(error);
  });
  return { ...answer, limit, queryHash: queryHash(request.query), elapsedMs: Date.now() - started };
}

async function passPlanGate(db: Database, query: string, parameters: object, timeoutMs: number) {
  const refused = refusedKeyword(query);
  if (refused) throw new TrellisError('query_refused', refused);
  const session = db.session('READ');
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    const explain = statements(cypher('console/explain'))[0];
    const { summary } = await tx.run(`${explain}\n${query}`, parameters).catch((error: unknown) => {
      throw consoleError(error, 1);
    });
    await tx.rollback();
    const verdict = judgePlan(summary.queryType, summary.plan);
    if (!verdict.ok) throw new TrellisError('query_refused', verdict.reason);
  } finally {
    await session.close();
  }
}

type Rows = Pick<CypherAnswer, 'columns' | 'rows' | 'truncated' | 'graph'>;

async function fetchRows(db: Database, query: string, parameters: object, limit: number, timeoutMs: number) {
  const session = db.session('READ', { fetchSize: Math.min(FETCH_SIZE, limit + 1) });
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    const result = tx.run(query, parameters);
    const rows: unknown[][] = [];
    const graph = new GraphCollector();
    let truncated = false;
    for await (const record of result) {
      if (rows.length === limit) {
        truncated = true;
        break; // leaving the loop cancels the rest of the stream
      }
      const values = record.keys.map((key) => record.get(key) as unknown);
      values.forEach((value) => graph.add(value));
      rows.push(values.map(toPlain));
    }
    const columns = (await result.keys()).map(String);
    await tx.rollback();
    return { columns, rows, truncated, graph: graph.graph() } satisfies Rows;
  } finally {
    await session.close();
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  work.catch(() => {}); // a late failure after the deadline is not an unhandled rejection
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new TrellisError('query_timeout', 'The query was stopped at the console time limit.')),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
