/**
 * The slider storm and the monthly snapshots (issue 10) on the m demo org, the app in this process as the load
 * benchmark starts it, the clients in a separate process (bench/stormClient.ts). Baselines from the same run:
 * the bystander's health and cached answers while nothing computes, and one cold window computed alone. Peak
 * memory: this process's maximum resident set, compute worker threads included (they share the process).
 */
import { fileURLToPath } from 'node:url';
import { monthlySnapshots } from '../server/analytics/compute/warmUp.ts';
import type { AnalyticsEngine } from '../server/analytics/engine.ts';
import { withDemoServers, type LoadServers } from './loadServers.ts';
import type { StormFigures, StormRequest } from './stormClient.ts';
import { fmt, runJsonClient, table, timed } from './support.ts';

const ORG = { size: 'm', seed: 42 } as const;
const CLIENT = fileURLToPath(new URL('./stormClient.ts', import.meta.url));
const CACHED = '/api/silos?window=90d';
const WINDOWS = Array.from({ length: 20 }, (_, i) => `${31 + i * 7}d`);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export function benchStorm(): Promise<string> {
  return withDemoServers(ORG, (servers) => measure(servers));
}

async function measure(servers: LoadServers): Promise<string> {
  const { analytics, trellis: base, tokens } = servers;
  const clients = { base, sliderToken: tokens.analyst, bystanderToken: tokens.viewer, cachedPath: CACHED };
  const first = await timed(() =>
    fetch(`${base}${CACHED}`, { headers: { authorization: `Bearer ${tokens.viewer}` } }),
  );
  process.stderr.write(`storm: cached answer ready (${fmt(first.seconds)} s)\n`);
  const quiet = await runClient({ ...clients, windows: [], spacingMs: 0, quietMs: 5000 });
  const storm = await runClient({ ...clients, windows: WINDOWS, spacingMs: 250 });
  const stormStats = analytics.stats();
  const stormPeakMb = peakRssMb();
  // The storm's figures now, in case the (long) snapshots part is stopped.
  process.stderr.write(`storm: ${JSON.stringify({ quiet, storm, stormStats, stormPeakMb })}\n`);
  const snapshots = await measureSnapshots(analytics);
  return report({ quiet, storm, stormStats, stormPeakMb, ...snapshots });
}

async function measureSnapshots(analytics: AnalyticsEngine) {
  const one = await timed(() => analytics.forWindow('45d'));
  const { window } = await analytics.resolve('30d');
  const specs = monthlySnapshots(window.to);
  const all = await timed(() => Promise.all(specs.map((spec) => analytics.forWindow(spec))));
  return {
    oneSeconds: one.seconds,
    snapshotSeconds: all.seconds,
    snapshots: specs.length,
    snapshotPeakMb: peakRssMb(),
  };
}

function runClient(request: StormRequest): Promise<StormFigures> {
  return runJsonClient<StormFigures>(CLIENT, request, 'storm');
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}

interface Measured {
  quiet: StormFigures;
  storm: StormFigures;
  stormStats: ReturnType<AnalyticsEngine['stats']>;
  stormPeakMb: number;
  oneSeconds: number;
  snapshotSeconds: number;
  snapshots: number;
  snapshotPeakMb: number;
}

function report(m: Measured): string {
  const ratio = (value: number, baseline: number) => `${fmt(value / baseline)}×`;
  const unavailable = m.storm.statuses['503'] ?? 0;
  const others = Object.entries(m.storm.statuses).filter(
    ([status]) => !['200', '503', 'aborted'].includes(status),
  );
  return [
    '## Slider storm and monthly snapshots (`m` org, issue 10)',
    '',
    `One client asks for ${WINDOWS.length} windows 250 ms apart (${WINDOWS[0]}…${WINDOWS.at(-1)}, unit map), aborting each previous request; another asks for \`/api/health\` and a cached \`${CACHED}\` every 100 ms until the last window is answered. Baseline: the same bystander for 5 s with nothing computing.`,
    '',
    table(
      ['figure', 'storm', 'baseline (quiet)', 'ratio', 'target'],
      [
        ['503 answers', unavailable, m.quiet.statuses['503'] ?? 0, '', '0'],
        [
          'other non-200 (besides aborted)',
          others.map(([s, n]) => `${s}: ${n}`).join(', ') || '0',
          '',
          '',
          '',
        ],
        [
          'health p95 ms',
          fmt(p95(m.storm.healthMs)),
          fmt(p95(m.quiet.healthMs)),
          ratio(p95(m.storm.healthMs), p95(m.quiet.healthMs)),
          '≤ 50 ms',
        ],
        [
          'cached silos p95 ms',
          fmt(p95(m.storm.cachedMs)),
          fmt(p95(m.quiet.cachedMs)),
          ratio(p95(m.storm.cachedMs), p95(m.quiet.cachedMs)),
          '',
        ],
        [
          'last window: status, s from its request',
          `${m.storm.lastWindowStatus}, ${fmt(m.storm.lastWindowMs / 1000)} s`,
          '',
          '',
          '≤ 2 s after the storm',
        ],
        [
          'computations started / cancelled (stopped by their thread, terminated) / completed',
          `${m.stormStats.started} / ${m.stormStats.cancelled} (${m.stormStats.stopped}, ${m.stormStats.terminated}) / ${m.stormStats.completed}`,
          '',
          '',
          '',
        ],
        ['peak RSS MB (service, workers included)', fmt(m.stormPeakMb, 0), '', '', ''],
      ],
    ),
    '',
    table(
      [
        'figure',
        'seconds',
        'baseline: one cold window (45 d, all families)',
        'ratio',
        'target',
        'peak RSS MB',
      ],
      [
        [
          `${m.snapshots} monthly 30-day snapshots together, all families`,
          fmt(m.snapshotSeconds),
          fmt(m.oneSeconds),
          ratio(m.snapshotSeconds, m.oneSeconds),
          '≤ 10 s',
          fmt(m.snapshotPeakMb, 0),
        ],
      ],
    ),
  ].join('\n');
}
