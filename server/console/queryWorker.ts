/**
 * The console query worker: a thread with its own Neo4j driver that runs one console query at a time and
 * posts the answer back as UTF-8 JSON bytes (transferred, not copied, and never parsed on the HTTP thread).
 * Whatever a query returns, a hang or a huge record stays here: the HTTP thread kills this thread at the
 * deadline, its heap is capped by resourceLimits, and bytes from Neo4j pass through a ByteBudgetProxy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import neo4j, { type Driver } from 'neo4j-driver';
import { ByteBudgetProxy } from './byteBudgetProxy.ts';
import { fetchRows } from './fetchRows.ts';
import type { JobOutcome, QueryJob, WorkerSetup } from './workerProtocol.ts';

/** Bolt bytes allowed beyond the answer's byte cap (protocol framing, the row that crosses the cap). */
const STREAM_SLACK_BYTES = 1024 * 1024;

const setup = workerData as WorkerSetup;
const { driver, proxy } = await connect(setup);
// One connection opened ahead, then "ready": the pool hands this worker a query only after this message.
await driver.verifyConnectivity({ database: setup.database }).catch(() => {});
parentPort!.postMessage('ready');

parentPort!.on('message', (job: QueryJob) => {
  run(job).then((outcome) => {
    const transfer = outcome.ok ? [outcome.body.buffer as ArrayBuffer] : [];
    parentPort!.postMessage(outcome, transfer);
  });
});

async function run(job: QueryJob): Promise<JobOutcome> {
  proxy?.begin(job.maxBytes + STREAM_SLACK_BYTES);
  const fetchSize = Math.min(500, job.limit + 1);
  const session = driver.session({
    database: setup.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize,
  });
  const cut = () => proxy?.exceeded === true;
  try {
    const { json, truncatedBy } = await fetchRows(session, job, cut);
    // A cut connection is dropped by the driver and its buffers by the GC: the worker stays in service.
    return { ok: true, body: new TextEncoder().encode(json), truncatedBy };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const jobError = { code: typeof code === 'string' ? code : undefined, message: String(message ?? '') };
    // A Neo4j answer (syntax, timeout, access mode) leaves the worker sound; a lost connection may not.
    return { ok: false, error: jobError, recycle: cut() || !/^Neo\./.test(jobError.code ?? '') };
  } finally {
    proxy?.end();
    await session.close().catch(() => {});
  }
}

/**
 * The worker's driver: through the byte budget proxy for plain Bolt (bolt://, neo4j:// as a direct
 * connection), straight to Neo4j for TLS, where a relay would break certificate checks (the heap cap and
 * the deadline still hold there).
 */
async function connect(credentials: WorkerSetup): Promise<{ driver: Driver; proxy?: ByteBudgetProxy }> {
  const url = new URL(credentials.uri);
  const auth = neo4j.auth.basic(credentials.user, credentials.password);
  const options = { connectionAcquisitionTimeout: 5_000, connectionTimeout: 5_000, maxConnectionPoolSize: 2 };
  if (/\+s/.test(url.protocol)) return { driver: neo4j.driver(credentials.uri, auth, options) };
  const proxy = await ByteBudgetProxy.start({ host: url.hostname, port: Number(url.port || 7687) });
  return { driver: neo4j.driver(`bolt://127.0.0.1:${proxy.port}`, auth, options), proxy };
}
