/**
 * Runs one console query safely: the plan gate on this thread (EXPLAIN: a small answer), then the query
 * itself on a console worker (workerPool.ts) in a READ transaction with a timeout, capped in rows and bytes.
 * One deadline, the request's arrival + timeout + grace, covers the gate, the wait for a worker and the run
 * (deadline.ts): at it the worker is killed, so a 504 arrives whatever the query returns and however busy the
 * console is. The answer comes back as JSON bytes and is sent as they are.
 */
import { createHash } from 'node:crypto';
import { cypher, statements } from '../db/cypherFiles.ts';
import type { Database } from '../db/database.ts';
import { confirmDataVersion, readDataVersion } from '../db/importGate.ts';
import { TrellisError } from '../errors.ts';
import type { CypherRequest } from '../schema/api.ts';
import { refusedKeyword } from './keywords.ts';
import { consoleError } from './neo4jErrors.ts';
import { toNeo4jParameters } from './parameters.ts';
import { judgePlan } from './planGate.ts';
import { withDeadline } from './deadline.ts';
import type { ConsoleWorkers } from './workerPool.ts';
import type { JobError } from './workerProtocol.ts';

export interface ConsoleSettings {
  timeoutMs: number;
  maxRows: number;
  /** Off only in tests, to prove Neo4j's read mode refuses writes by itself. */
  planGate: boolean;
  /** Byte cap of an answer (rows and graph as JSON); default 10 MB. */
  maxBytes?: number;
  /** Query worker threads (default 2) and each one's heap in MB (default 256). */
  workers?: number;
  workerHeapMb?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** The end of the deadline kept for stopping a query and answering: Neo4j's own timeout ends before it. */
const DEADLINE_GRACE_MS = 700;

export function queryHash(query: string): string {
  return createHash('sha256').update(query, 'utf8').digest('hex').slice(0, 16);
}

export async function runConsoleQuery(
  db: Database,
  workers: ConsoleWorkers,
  request: CypherRequest,
  settings: ConsoleSettings,
  /** When the request arrived (epoch ms): the query's time counts from here. */
  arrivedAt = Date.now(),
): Promise<Buffer> {
  const deadline = arrivedAt + settings.timeoutMs + DEADLINE_GRACE_MS;
  const limit = Math.min(request.limit ?? settings.maxRows, settings.maxRows);
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;
  // 503 while an import switches its data visible (server/db/importGate.ts); read again after the query.
  const dataVersion = await withDeadline(readDataVersion(db), deadline, 'planning');
  if (settings.planGate) {
    const gate = passPlanGate(db, request.query, request.parameters, settings.timeoutMs);
    await withDeadline(gate, deadline, 'planning').catch((error: unknown) => {
      throw consoleError(error);
    });
  }
  const job = { query: request.query, parameters: request.parameters, limit, maxBytes };
  const outcome = await workers.run(job, { deadline, graceMs: DEADLINE_GRACE_MS });
  if (!outcome.ok) throw consoleError(neo4jFailure(outcome.error));
  await withDeadline(confirmDataVersion(db, dataVersion), deadline);
  const fields = { limit, maxBytes, queryHash: queryHash(request.query), elapsedMs: Date.now() - arrivedAt };
  // The worker's JSON starts with '{': put the fields of this thread in front of its first member.
  return Buffer.concat([Buffer.from(JSON.stringify(fields).slice(0, -1) + ','), outcome.body.subarray(1)]);
}

async function passPlanGate(
  db: Database,
  query: string,
  parameters: CypherRequest['parameters'],
  timeoutMs: number,
) {
  const refused = refusedKeyword(query);
  if (refused) throw new TrellisError('query_refused', refused);
  const session = db.session('READ');
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    const explain = statements(cypher('console/explain'))[0];
    const { summary } = await tx
      .run(`${explain}\n${query}`, toNeo4jParameters(parameters))
      .catch((error: unknown) => {
        throw consoleError(error, 1);
      });
    await tx.rollback();
    const verdict = judgePlan(summary.queryType, summary.plan);
    if (!verdict.ok) throw new TrellisError('query_refused', verdict.reason);
  } finally {
    await session.close();
  }
}

/** The worker's error as the object consoleError and the problem handler read (code and message). */
function neo4jFailure(error: JobError): Error {
  return Object.assign(new Error(error.message), { code: error.code });
}
