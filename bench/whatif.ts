/**
 * The what-if answer on the `m` org (issue 12): POST /api/whatif through the app as `npm start` builds it, on
 * a window whose analytics are cached, each removal a new body (so no answer is served from the answer cache).
 * Baseline in the same run: one answer of the same cached window, GET /api/silos (its view built from the
 * cached analytics, then served from the answer cache). Introductions are timed beside. Target: what-if ≤ 1 s.
 */
import os from 'node:os';
import type { Bundle } from '../server/schema/bundle.ts';
import { generateOrg } from '../seed/generate.ts';
import { withDemoServers, type LoadServers } from './loadServers.ts';
import { fmt, table, timed } from './support.ts';

const ORG = { size: 'm', seed: 42 } as const;
const RUNS = 5;

export async function benchWhatIf(): Promise<string> {
  const truth = generateOrg(ORG).groundTruth;
  return withDemoServers(ORG, async (servers, bundle) => {
    const call = caller(servers);
    const cold = await timed(() => call('POST', '/api/whatif', { remove: {} }));
    const silosFirst = await timed(() => call('GET', '/api/silos?window=90d'));
    const silos = await repeat(() => call('GET', '/api/silos?window=90d'));
    const removals = peopleToRemove(bundle, truth.broker.personId);
    const people = await each(removals, (id) => call('POST', '/api/whatif', { remove: { people: [id] } }));
    const units = await each(['prov-hr', 'prov-finance', 'prov-legal'], (id) =>
      call('POST', '/api/whatif', { remove: { units: [id] } }, 'viewer'),
    );
    const intros = await each([truth.isolatedDepartment, truth.broker.departmentId], (unit) =>
      call('GET', `/api/introductions?unit=${unit}&window=90d`),
    );
    const target = median(people) <= 1 ? 'met' : 'MISSED';
    const rows = [
      [
        'what-if, one person (analyst; betweenness after)',
        fmt(median(people), 3),
        fmt(Math.max(...people), 3),
        fmt(median(people) / silosFirst.seconds, 1),
        `≤ 1 s: ${target}`,
      ],
      [
        'what-if, one unit (viewer; no betweenness)',
        fmt(median(units), 3),
        fmt(Math.max(...units), 3),
        fmt(median(units) / silosFirst.seconds, 1),
        '',
      ],
      [
        'introductions for a unit',
        fmt(median(intros), 3),
        fmt(Math.max(...intros), 3),
        fmt(median(intros) / silosFirst.seconds, 1),
        '',
      ],
      ['baseline: GET /api/silos, view from the cached window', fmt(silosFirst.seconds, 3), '', '1.0', ''],
      [
        'GET /api/silos again (answer cache)',
        fmt(median(silos), 3),
        '',
        fmt(median(silos) / silosFirst.seconds, 2),
        '',
      ],
      ['first what-if (cold window, all families, worker start)', fmt(cold.seconds, 2), '', '', ''],
    ];
    return [
      '## What-if and introductions (`m` org, issue 12)',
      '',
      `The m demo org (${bundle.people.length} people, seed ${ORG.seed}), 90-day window computed once (the first`,
      'what-if), then each removal a new body: the planted broker and four people with the most ties, each alone;',
      'three providers removed as a viewer would. Seconds are medians of the runs (max beside); ratio against',
      'the baseline answer of the same cached window.',
      '',
      table(['answer', 'median s', 'max s', '× baseline', 'target'], rows),
      '',
      `Machine load (1-minute average) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores.`,
    ].join('\n');
  });
}

type Call = (method: string, path: string, body?: unknown, as?: 'analyst' | 'viewer') => Promise<void>;

function caller(servers: LoadServers): Call {
  return async (method, path, body, as = 'analyst') => {
    const res = await fetch(`${servers.trellis}${path}`, {
      method,
      headers: { authorization: `Bearer ${servers.tokens[as]}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify({ window: '90d', ...body }),
    });
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
}

/** The broker and the four people with the most participations (likely bridges). */
function peopleToRemove(bundle: Bundle, broker: string): string[] {
  const count = new Map<string, number>();
  for (const p of bundle.participants) count.set(p.personId, (count.get(p.personId) ?? 0) + 1);
  const busiest = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  return [broker, ...busiest.filter((id) => id !== broker).slice(0, RUNS - 1)];
}

async function each<T>(items: T[], work: (item: T) => Promise<void>): Promise<number[]> {
  const seconds: number[] = [];
  for (const item of items) seconds.push((await timed(() => work(item))).seconds);
  return seconds;
}

async function repeat(work: () => Promise<void>): Promise<number[]> {
  return each(
    Array.from({ length: RUNS }, (_, i) => i),
    work,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
