/**
 * Load (SECURITY §19): the m demo org in a managed Neo4j of its own, the Trellis app in this process with its
 * analytics cache warmed, and a load generator in a SEPARATE process (bench/loadClient.ts, node:http) on
 * loopback with 50 concurrent connections per endpoint, one endpoint after the other. A plain Express route
 * measured in the same run is the baseline. Target: p95 under 50 ms. An endpoint answering 404 (not built
 * yet) is skipped with a note. For the explorer graph, the steps of one answer are timed in-process too.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Role } from '../server/auth/roles.ts';
import type { LoadFigures, LoadRequest } from './loadClient.ts';
import { profileGraph } from './loadProfile.ts';
import { withDemoServers, type LoadServers } from './loadServers.ts';
import { fmt, runJsonClient, table } from './support.ts';

export interface Endpoint {
  name: string;
  server: 'plain' | 'trellis';
  path: string;
  as?: Role;
  /** The target applies to the explorer's graph and silo answers; the others are context. */
  targeted?: boolean;
}

/** What is measured, in order; the first is the baseline. */
export const ENDPOINTS: Endpoint[] = [
  { name: 'plain Express route (baseline)', server: 'plain', path: '/plain' },
  { name: 'GET /api/health (Trellis middleware, no database)', server: 'trellis', path: '/api/health' },
  { name: 'GET /api/stats (two small Neo4j reads)', server: 'trellis', path: '/api/stats' },
  {
    name: 'GET /api/graph, unit level',
    server: 'trellis',
    path: '/api/graph?level=unit',
    as: 'viewer',
    targeted: true,
  },
  {
    name: 'GET /api/graph, person level',
    server: 'trellis',
    path: '/api/graph?level=person',
    as: 'analyst',
    targeted: true,
  },
  { name: 'GET /api/silos', server: 'trellis', path: '/api/silos', as: 'viewer', targeted: true },
];

const ORG = { size: 'm', seed: 42 } as const;
const LOAD = { connections: 50, seconds: 10, warmupSeconds: 2 };
const TARGET_P95_MS = 50;
const CLIENT = fileURLToPath(new URL('./loadClient.ts', import.meta.url));

type Measured = { endpoint: Endpoint; answerBytes: number; firstMs: number; figures: LoadFigures };

export function benchLoad(): Promise<string> {
  return withDemoServers(ORG, async (servers, bundle) => {
    const measured: Measured[] = [];
    const skipped: string[] = [];
    for (const endpoint of ENDPOINTS) {
      const first = await firstAnswer(endpoint, servers); // also warms the analytics cache
      if (first.status === 404) skipped.push(`${endpoint.name} answers 404 (not built yet): skipped.`);
      else measured.push({ endpoint, ...first, figures: await generateLoad(endpoint, servers) });
      if (first.status !== 404) process.stderr.write(`load: ${endpoint.name} measured\n`);
    }
    const profile = await profileGraph(servers.analytics, ['level=unit', 'level=person']);
    return report({ measured, skipped, profile, people: bundle.people.length });
  });
}

function urlOf(endpoint: Endpoint, servers: LoadServers): { url: string; headers: Record<string, string> } {
  const base = endpoint.server === 'plain' ? servers.plain : servers.trellis;
  // as a browser asks: compressed answers welcome
  const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
  if (endpoint.as) headers.authorization = `Bearer ${servers.tokens[endpoint.as]}`;
  return { url: `${base}${endpoint.path}`, headers };
}

async function firstAnswer(endpoint: Endpoint, servers: LoadServers) {
  const { url, headers } = urlOf(endpoint, servers);
  const started = performance.now();
  const res = await fetch(url, { headers });
  const answerBytes = (await res.arrayBuffer()).byteLength;
  const firstMs = performance.now() - started;
  if (res.status !== 200 && res.status !== 404) throw new Error(`${endpoint.name} answered ${res.status}`);
  return { status: res.status, answerBytes, firstMs };
}

function generateLoad(endpoint: Endpoint, servers: LoadServers): Promise<LoadFigures> {
  const request: LoadRequest = { ...urlOf(endpoint, servers), ...LOAD };
  return runJsonClient<LoadFigures>(CLIENT, request, 'load');
}

function report(run: { measured: Measured[]; skipped: string[]; profile: string; people: number }): string {
  const baseline = run.measured[0]!.figures;
  const rows = run.measured.map(({ endpoint, answerBytes, firstMs, figures }) => [
    endpoint.name,
    fmt(answerBytes / 1024, 1),
    fmt(firstMs, 0),
    fmt(figures.requestsPerSecond, 0),
    fmt(figures.bytesPerSecond / 2 ** 20, 1),
    fmt(figures.p50, 1),
    fmt(figures.p95, 1),
    fmt(figures.p99, 1),
    `${fmt(figures.errorRate * 100, 2)} %`,
    fmt(figures.p95 / baseline.p95, 1),
    !endpoint.targeted ? '—' : figures.p95 < TARGET_P95_MS && figures.errorRate === 0 ? 'met' : 'MISSED',
  ]);
  return [
    '## Load: explorer endpoints under 50 concurrent clients',
    '',
    `The ${ORG.size} demo org (${run.people} people, seed ${ORG.seed}) in a managed Neo4j; the app in the bench`,
    `process with its analytics cache warm; a node:http load client in a separate process on loopback, ${LOAD.connections}`,
    `keep-alive connections for ${LOAD.seconds} s per endpoint after ${LOAD.warmupSeconds} s of warm-up, asking for gzip as a`,
    'browser does. Latencies in ms from every response (nearest rank). First = the first request, which computes',
    "the analytics of the window. Answer KB = the answer's size before compression.",
    `The server and the load generator share the machine's cores. Target (explorer graph and silos): p95 <`,
    `${TARGET_P95_MS} ms, no errors.`,
    'GET /api/stats shows what a Neo4j round trip costs under this load; the analytics answers avoid it: they',
    'read the data version (which finds their cache entry) at most once a second and answer from memory.',
    '',
    table(
      [
        'endpoint',
        'answer KB',
        'first ms',
        'req/s',
        'MB/s received',
        'p50',
        'p95',
        'p99',
        'errors',
        'p95 / baseline',
        'target',
      ],
      rows,
    ),
    ...run.skipped.map((note) => `\n${note}`),
    '',
    run.profile,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchLoad().then((markdown) => process.stdout.write(`${markdown}\n`));
}
