/**
 * The console (issue 14): a small query's latency on a query worker against the old path on the HTTP
 * thread (plan gate and rows read in-process), both in this run; /api/health while a hostile console query
 * runs against health at rest; and how long after its request, against the time limit, each hostile query's
 * 504 (or cut answer) arrives — one of them queued behind two running ones, so the wait for a worker counts.
 * The Trellis app is the one the load benchmark builds (console limit 10 s, 2 workers).
 */
import { cypher, statements } from '../server/db/cypherFiles.ts';
import type { Database } from '../server/db/database.ts';
import { fetchRows } from '../server/console/fetchRows.ts';
import { runConsoleQuery } from '../server/console/runQuery.ts';
import { ConsoleWorkers } from '../server/console/workerPool.ts';
import { judgePlan } from '../server/console/planGate.ts';
import { startLoadServers, type LoadServers } from './loadServers.ts';
import { fmt, startBenchDatabase, table } from './support.ts';

const SMALL = 'UNWIND range(1, 100) AS i RETURN i, toString(i) AS s';
const HOSTILE: Array<[string, string]> = [
  ['RETURN range(1, 10000000)', 'RETURN range(1, 10000000) AS r'],
  ['RETURN range(1, 100000000)', 'RETURN range(1, 100000000) AS r'],
  ['300 rows of 2 MB strings', "UNWIND range(1, 300) AS i RETURN i, reduce(s = 'x', j IN range(1, 21) | s + s) AS big"],
  ['cartesian product', 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)'],
]; // prettier-ignore
const RUNS = 40;
const say = (line: string) => process.stderr.write(`  ${line}\n`);
const TIMEOUT_MS = 10_000; // the console limit of startLoadServers

export async function benchConsole(): Promise<string> {
  const bench = await startBenchDatabase(2048);
  const servers = await startLoadServers(bench.db);
  try {
    say('small query on a worker, then on the HTTP thread (old path), then health at rest');
    const pool = new ConsoleWorkers(bench.db.credentials(), { workers: 2, heapMb: 256 });
    const settings = { timeoutMs: TIMEOUT_MS, maxRows: 1000, planGate: true };
    const direct = await latencies(() => runConsoleQuery(bench.db, pool, { query: SMALL }, settings));
    await pool.close();
    const http = await latencies(() => consoleCall(servers, SMALL));
    const inProcess = await latencies(() => oldPath(bench.db, SMALL));
    const rest = await latencies(() => fetch(`${servers.trellis}/api/health`).then((r) => r.status));
    const hostile = [];
    for (const [name, query] of HOSTILE) {
      say(`hostile: ${name}`);
      hostile.push({ name, ...(await underAttack(servers, query)) });
    }
    say('cartesian product queued behind two running');
    hostile.push({ name: 'cartesian product, queued behind two running', ...(await queuedBehind(servers)) });
    return report({ direct, http, inProcess }, rest, hostile);
  } finally {
    await servers.close();
    await bench.close();
  }
}

async function consoleCall(servers: LoadServers, query: string): Promise<number> {
  const res = await fetch(`${servers.trellis}/api/cypher`, {
    method: 'POST',
    headers: { authorization: `Bearer ${servers.tokens.analyst}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** The console before the workers: EXPLAIN gate and rows read on this thread (no HTTP, so it is a floor). */
async function oldPath(db: Database, query: string): Promise<number> {
  const session = db.session('READ', { fetchSize: 500 });
  try {
    const tx = await session.beginTransaction({ timeout: TIMEOUT_MS });
    const { summary } = await tx.run(`${statements(cypher('console/explain'))[0]}\n${query}`);
    await tx.rollback();
    if (!judgePlan(summary.queryType, summary.plan).ok) throw new Error('refused');
  } finally {
    await session.close();
  }
  const rows = db.session('READ', { fetchSize: 500 });
  try {
    const job = { query, limit: 1000, maxBytes: 10 * 2 ** 20, timeoutMs: TIMEOUT_MS };
    return (await fetchRows(rows, job, () => false)).json.length;
  } finally {
    await rows.close();
  }
}

async function latencies(call: () => Promise<unknown>): Promise<number[]> {
  await call(); // warm: worker started, plan cached
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Health asked every 50 ms while the query runs; the time from the query's start to its answer. */
async function underAttack(servers: LoadServers, query: string) {
  const start = performance.now();
  let status = 0;
  const answer = consoleCall(servers, query).then((s) => (status = s));
  const health: number[] = [];
  while (status === 0) {
    const t = performance.now();
    await fetch(`${servers.trellis}/api/health`).then((r) => r.arrayBuffer());
    health.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await answer;
  return { status, answeredS: (performance.now() - start) / 1000, health: health.sort((a, b) => a - b) };
}

/** The cartesian product sent while two others hold both workers: its time counts from its own request. */
async function queuedBehind(servers: LoadServers) {
  const cartesian = HOSTILE.at(-1)![1];
  const running = [consoleCall(servers, cartesian), consoleCall(servers, cartesian)];
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // both past the plan gate, on the workers
  const queued = await underAttack(servers, cartesian);
  await Promise.all(running);
  return queued;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function report(
  small: { direct: number[]; http: number[]; inProcess: number[] },
  rest: number[],
  hostile: Array<{ name: string; status: number; answeredS: number; health: number[] }>,
): string {
  const row = (name: string, t: number[], base: number[]) => [
    name, fmt(pct(t, 0.5)), fmt(pct(t, 0.95)), `${fmt(pct(t, 0.5) / pct(base, 0.5), 2)}×`,
  ]; // prettier-ignore
  return [
    '## Console: query workers',
    '',
    `Small query \`${SMALL}\`, ${RUNS} runs each after one warm-up.`,
    '',
    table(['path', 'p50 ms', 'p95 ms', 'p50 vs old path'], [
      row('old path: gate and rows on the HTTP thread', small.inProcess, small.inProcess),
      row('new path: gate, then rows on a warm worker', small.direct, small.inProcess),
      row('new path through POST /api/cypher (HTTP, auth, rate limit)', small.http, small.inProcess),
    ]), // prettier-ignore
    '',
    `While a hostile query runs (console limit ${TIMEOUT_MS / 1000} s, deadline +0.7 s), health is asked every 50 ms; at rest: p50 ${fmt(pct(rest, 0.5))} ms, max ${fmt(rest.at(-1) ?? 0)} ms.`,
    'The time to the answer is counted from the request: the plan gate, the wait for a worker (behind other queries, or for a spare thread to start after a killed one) and the run share one deadline of limit + 0.7 s; a query whose time runs out while it waits is answered 504 without running.',
    '',
    table(
      [
        'query',
        'answer',
        'answered after s',
        'vs limit',
        'health p50 ms',
        'health max ms',
        'max vs rest p50',
      ],
      hostile.map((h) => [
        h.name, h.status, fmt(h.answeredS, 2), `${fmt(h.answeredS / (TIMEOUT_MS / 1000), 2)}×`,
        fmt(pct(h.health, 0.5)), fmt(h.health.at(-1) ?? 0), `${fmt((h.health.at(-1) ?? 0) / pct(rest, 0.5), 0)}×`,
      ]), // prettier-ignore
    ),
  ].join('\n');
}
