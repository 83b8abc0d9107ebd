/**
 * What changed (issue 11): the compare answer on the m demo org against one cached window answer measured in
 * the same run (GET /api/graph at unit level for 90 days, answered from the answer cache), both over HTTP on
 * loopback to the app in this process. Target: the compare answer at most 2× the cached window answer.
 *
 * Two window figures (from the answer cache; a new answer of a computed window) and three compare figures,
 * because three things can be cached: nothing (both periods computed first), the two periods' analytics (the
 * engine's cache; a new query such as another limit computes only the comparison), and the serialised answer
 * itself (the same query again).
 */
import os from 'node:os';
import { withDemoServers, type LoadServers } from './loadServers.ts';
import { fmt, median, table, timed } from './support.ts';

const ORG = { size: 'm', seed: 42 } as const;
const REPEATS = 20;
/** Distinct limits: each a new answer over the same two computed periods. */
const LIMITS = [500, 499, 498, 497, 496];
const TARGET_RATIO = 2;

export function benchCompare(): Promise<string> {
  return withDemoServers(ORG, async (servers) => {
    const loadBefore = os.loadavg()[0]!;
    const get = (path: string) => answerMs(servers, path);
    const baselinePath = '/api/graph?level=unit&window=90d';
    await get(baselinePath); // computes the window and caches the answer
    const baseline = median(await repeat(() => get(baselinePath)));
    const windowFresh: number[] = [];
    for (const limit of LIMITS) windowFresh.push(await get(`${baselinePath}&limit=${limit}`));
    const windowNew = median(windowFresh);
    const periods = await quarterPeriods(servers);
    const comparePath = (limit: number) => `/api/compare?${periods}&level=unit&limit=${limit}`;
    const cold = await get(comparePath(501));
    const fresh: number[] = [];
    for (const limit of LIMITS) fresh.push(await get(comparePath(limit))); // one at a time, as the others
    const computed = median(fresh);
    const cached = median(await repeat(() => get(comparePath(LIMITS[0]!))));
    const rows: Array<[string, number]> = [
      ['GET /api/graph unit level 90 days, cached answer (baseline)', baseline],
      ['GET /api/graph unit level 90 days, window computed, new answer', windowNew],
      ['GET /api/compare, nothing cached (both periods computed first)', cold],
      ['GET /api/compare, both periods computed, new answer', computed],
      ['GET /api/compare, cached answer', cached],
    ];
    return [
      '## What changed: compare answer (m org, seed 42)',
      '',
      `Last quarter against the one before (\`${periods}\`), unit level, as the viewer; medians of ` +
        `${REPEATS} requests (${LIMITS.length} for new answers). Target: compare ≤ ${TARGET_RATIO}× the cached ` +
        'window answer.',
      '',
      table(
        ['Answer', 'ms', '× baseline'],
        rows.map(([name, ms]) => [name, fmt(ms, 1), fmt(ms / baseline, 2)]),
      ),
      '',
      `Like for like: a cached compare answer is ${fmt(cached / baseline, 2)}× the cached window answer ` +
        `(${verdict(cached / baseline)}); a new comparison of two computed periods is ` +
        `${fmt(computed / windowNew, 2)}× a new window answer of a computed window (${verdict(computed / windowNew)}), ` +
        `${fmt(computed / baseline, 2)}× the cached one.`,
      '',
      // the machine is shared: the ratios are what counts, and the load says how far the milliseconds are off
      `Machine load (1-minute average, ${os.availableParallelism()} cores) at the first and last request: ` +
        `${fmt(loadBefore, 1)} and ${fmt(os.loadavg()[0]!, 1)}.`,
    ].join('\n');
  });
}

const verdict = (ratio: number) => (ratio <= TARGET_RATIO ? 'meets the target' : 'misses the target');

/** The explorer's default: the three months before the data's end against the three before them. */
async function quarterPeriods(servers: LoadServers): Promise<string> {
  const res = await fetch(`${servers.trellis}/api/graph?level=unit&window=30d&limit=1`, {
    headers: { authorization: `Bearer ${servers.tokens.viewer}` },
  });
  const end = ((await res.json()) as { window: { to: string } }).window.to.slice(0, 10);
  const months = (by: number) => {
    const date = new Date(`${end}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() - by);
    return date.toISOString().slice(0, 10);
  };
  return new URLSearchParams({
    beforeFrom: months(6),
    beforeTo: months(3),
    afterFrom: months(3),
    afterTo: end,
  }).toString();
}

async function answerMs(servers: LoadServers, path: string): Promise<number> {
  const { seconds } = await timed(async () => {
    const res = await fetch(`${servers.trellis}${path}`, {
      headers: { authorization: `Bearer ${servers.tokens.viewer}` },
    });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
  });
  return seconds * 1000;
}

async function repeat(measure: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) times.push(await measure());
  return times;
}
