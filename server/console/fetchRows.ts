/**
 * Reads one console query's answer in a READ transaction with a timeout (explicit, so the driver never
 * retries it): at most `limit` rows and `maxBytes` bytes of JSON, counting rows and the graph drawn from
 * them, and cancelling the rest of the stream. Runs in the console worker (queryWorker.ts); the bench also
 * runs it on the main thread as the old path to compare with.
 */
import type { Session } from 'neo4j-driver';
import { toPlain } from '../db/values.ts';
import { GraphCollector, partBytes } from './graphOf.ts';
import { toNeo4jParameters } from './parameters.ts';
import type { QueryJob, TruncatedBy } from './workerProtocol.ts';

export interface FetchedRows {
  /** The answer's JSON without limit, hash and timing: `{"columns":…,"rows":…,"truncated":…,"graph":…}`. */
  json: string;
  truncatedBy?: TruncatedBy;
}

export async function fetchRows(
  session: Session,
  job: QueryJob,
  streamCut: () => boolean,
): Promise<FetchedRows> {
  const tx = await session.beginTransaction({ timeout: job.timeoutMs });
  const result = tx.run(job.query, toNeo4jParameters(job.parameters));
  const rows: string[] = [];
  const graph = new GraphCollector();
  let bytes = 0;
  let truncatedBy: TruncatedBy | undefined;
  const columns = (await result.keys()).map(String);
  try {
    for await (const record of result) {
      if (rows.length === job.limit) {
        truncatedBy = 'rows';
        break; // leaving the loop cancels the rest of the stream
      }
      const values = record.keys.map((key) => record.get(key) as unknown);
      const row = JSON.stringify(values.map(toPlain));
      const part = graph.unseen(values);
      bytes += Buffer.byteLength(row) + 1 + partBytes(part);
      if (bytes > job.maxBytes) {
        truncatedBy = 'bytes';
        break;
      }
      rows.push(row);
      graph.keep(part);
    }
    await tx.rollback();
  } catch (error) {
    if (!streamCut()) throw error;
    truncatedBy ??= 'bytes'; // the byte budget proxy cut the connection (mid-record, or past the rows)
  }
  return { json: answerJson(columns, rows, graph, truncatedBy), truncatedBy };
}

function answerJson(columns: string[], rows: string[], graph: GraphCollector, truncatedBy?: TruncatedBy) {
  const head = `{"columns":${JSON.stringify(columns)},"rows":[${rows.join(',')}]`;
  const tail = `"truncated":${truncatedBy !== undefined},"graph":${JSON.stringify(graph.graph())}`;
  return `${head},${truncatedBy ? `"truncatedBy":"${truncatedBy}",` : ''}${tail}}`;
}
