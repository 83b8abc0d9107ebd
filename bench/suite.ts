/**
 * The full metric suite for a window of the large demo orgs: projection from Neo4j, every metric, write-back.
 * Baseline in the same run: reading the window's participations raw (one row each) from the same database.
 * Targets: the whole suite for the `l` org in under 60 s; the `xl` org completes (betweenness and closeness
 * sampled past the path-work budget, their error bounds in the notes). Memory: this process's peak RSS and heap after the run.
 */
import { pathToFileURL } from 'node:url';
import { cypher } from '../server/db/cypherFiles.ts';
import { AnalyticsEngine } from '../server/analytics/engine.ts';
import { windowParams } from '../server/analytics/projection/loadGraphs.ts';
import { resolveWindow } from '../server/analytics/window.ts';
import { writeBackAnalytics } from '../server/analytics/writeBackAnalytics.ts';
import { generateOrg, type Size } from '../seed/generate.ts';
import { fmt, startBenchDatabase, table, timed, writePlainBatches, type BenchDatabase } from './support.ts';

const RUNS: Array<{ size: Size; windows: string[] }> = [
  { size: 'l', windows: ['90d', '365d'] },
  { size: 'xl', windows: ['90d'] },
];
const TARGET_SECONDS = 60;

export async function benchSuite(): Promise<string> {
  const rows: Array<Array<string | number>> = [];
  const notes: string[] = [];
  for (const { size, windows } of RUNS) {
    const bench = await startBenchDatabase(12_288);
    try {
      const people = await importOrg(bench, size);
      for (const window of windows) {
        const run = await measure(bench, window);
        rows.push([size, people, window, ...run.cells, size === 'l' ? target(run.total) : '—']);
        notes.push(...run.notes.map((note) => `${size} ${window}: ${note}`));
      }
    } catch (error) {
      // a failed org is reported in its row; the others keep their figures
      notes.push(`${size}: FAILED — ${(error as Error).message}`);
    } finally {
      await bench.close();
    }
  }
  return [
    '## Full metric suite',
    '',
    'One window of the demo org (seed 42), computed cold (no cache): projection from Neo4j, every metric, then the',
    'write-back of every value. Baseline: reading the same window raw, one row per participation. Target: the',
    `whole suite for \`l\` in under ${TARGET_SECONDS} s.`,
    '',
    table(
      [
        'org',
        'people',
        'window',
        'raw read s',
        'projection s',
        'metrics s',
        'write-back s',
        'suite s',
        'suite / raw read',
        'peak RSS MB',
        'target',
      ],
      rows,
    ),
    '',
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
}

async function importOrg(bench: BenchDatabase, size: Size): Promise<number> {
  progress(`generating and importing ${size}`);
  const { bundle } = generateOrg({ size, seed: 42 });
  await writePlainBatches(bench, bundle); // xl is too large for one import transaction in this heap
  return bundle.people.length;
}

async function measure(bench: BenchDatabase, windowSpec: string) {
  progress(`suite for ${windowSpec}`);
  const engine = new AnalyticsEngine(bench.db);
  const raw = await timed(() => rawRead(bench, windowSpec));
  const computed = await timed(() =>
    engine.forWindow(windowSpec, { onStep: (step) => progress(`  ${step}`) }),
  );
  const written = await timed(() => writeBackAnalytics(bench.db, computed.result));
  const { timings, notes } = computed.result;
  const projection = (timings.projection ?? 0) / 1000;
  const total = computed.seconds + written.seconds;
  const cells = [
    fmt(raw.seconds),
    fmt(projection),
    fmt(computed.seconds - projection),
    fmt(written.seconds),
    fmt(total),
    fmt(total / raw.seconds, 1),
    fmt(process.resourceUsage().maxRSS / 1024, 0),
  ];
  return { cells, total, notes: [...notes, stepTimes(timings), `${raw.result} participations read raw`] };
}

export async function rawRead(bench: BenchDatabase, windowSpec: string): Promise<number> {
  const [row] = await bench.db.read('meta/engagementSpan');
  const window = resolveWindow(windowSpec, new Date(String(row?.last)));
  const { from, to } = windowParams(window);
  const session = bench.db.session('READ');
  let count = 0;
  try {
    for await (const _record of session.run(cypher('bench/rawScan'), { from, to })) count++;
  } finally {
    await session.close();
  }
  return count;
}

function stepTimes(timings: Record<string, number>): string {
  return `steps: ${Object.entries(timings)
    .map(([step, ms]) => `${step} ${fmt(ms / 1000)} s`)
    .join(', ')}`;
}

function target(seconds: number): string {
  return seconds < TARGET_SECONDS ? 'met' : 'MISSED';
}

function progress(message: string): void {
  process.stderr.write(`  suite: ${message}…\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchSuite().then((markdown) => process.stdout.write(`${markdown}\n`));
}
