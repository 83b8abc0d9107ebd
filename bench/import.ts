/**
 * Import throughput: rows written per second by the importer (new elements staged in batches of their own
 * transactions, then one switch; existing ones upserted with change detection) for the demo orgs, against an
 * upper bound measured in the same run: the same rows written by plain CREATE in large batches on an empty
 * database. The database runs at Trellis's default heap (2 GB), where a one-transaction import of `l` did not
 * fit. `npm run bench -- import --sizes=m` runs only `m`. Target: importer ≥ 0.5 × bound. Then the reading
 * and validation of a large CSV import (bench/importValidation.ts).
 */
import { pathToFileURL } from 'node:url';
import { STEPS, writeBundle } from '../server/import/writeBundle.ts';
import { generateOrg } from '../seed/generate.ts';
import { benchImportValidation } from './importValidation.ts';
import { startBenchDatabase, table, timed, fmt, writePlainBatches, type BenchDatabase } from './support.ts';

const ALL_SIZES = ['m', 'l'] as const;
const DEFAULT_HEAP_MB = 2048;

function sizes(): ReadonlyArray<(typeof ALL_SIZES)[number]> {
  const flag = process.argv.find((arg) => arg.startsWith('--sizes='));
  if (!flag) return ALL_SIZES;
  return ALL_SIZES.filter((size) => flag.slice('--sizes='.length).split(',').includes(size));
}
const BASELINE_BATCH = 20_000;

export async function benchImport(): Promise<string> {
  const bench = await startBenchDatabase(DEFAULT_HEAP_MB);
  const rows: Array<Array<string | number>> = [];
  try {
    await warmUp(bench);
    for (const size of sizes()) {
      const { bundle } = generateOrg({ size, seed: 42 });
      const total = STEPS.reduce((sum, step) => sum + step.rows(bundle).length, 0);
      await clear(bench);
      const baseline = await timed(() => writePlainBatches(bench, bundle, BASELINE_BATCH));
      await clear(bench);
      const rssBefore = process.memoryUsage().rss;
      const importer = await timed(() => writeBundle(bench.db, bundle));
      const rssGrowth = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
      const ratio = baseline.seconds / importer.seconds;
      rows.push([
        size,
        bundle.people.length,
        total,
        fmt(total / baseline.seconds, 0),
        fmt(total / importer.seconds, 0),
        fmt(ratio, 2),
        ratio >= 0.5 ? 'met' : 'MISSED',
        fmt(rssGrowth, 0),
      ]);
      process.stderr.write(
        `import ${size}: importer ${fmt(importer.seconds)} s, plain CREATE ${fmt(baseline.seconds)} s\n`,
      );
    }
  } finally {
    await bench.close();
  }
  return [
    '## Import throughput',
    '',
    'Rows = every row the importer sends (nodes and relationships). Plain CREATE: the same rows, batches of',
    `${BASELINE_BATCH.toLocaleString('en')} per transaction, on an empty database (the upper bound). Importer: new nodes and their`,
    'relationships staged in batches of 5,000, each its own transaction, then one transaction switches them',
    `visible (all or nothing). Neo4j heap ${DEFAULT_HEAP_MB} MB (the default). Target: importer ≥ 0.5 × plain CREATE.`,
    "Node memory: growth of the bench process's resident memory during the importer's write.",
    '',
    table(
      [
        'org',
        'people',
        'rows',
        'plain CREATE rows/s',
        'importer rows/s',
        'importer / bound',
        'target',
        'Node rss growth (MB)',
      ],
      rows,
    ),
    '',
    await benchImportValidation(),
  ].join('\n');
}

/** Both paths once on the small org, so neither measurement pays for query planning or a cold JVM. */
async function warmUp(bench: BenchDatabase): Promise<void> {
  const { bundle } = generateOrg({ size: 's', seed: 1 });
  await writePlainBatches(bench, bundle, BASELINE_BATCH);
  await clear(bench);
  await writeBundle(bench.db, bundle);
}

async function clear(bench: BenchDatabase): Promise<void> {
  const session = bench.db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchImport().then((markdown) => process.stdout.write(`${markdown}\n`));
}
