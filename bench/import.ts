/**
 * Import throughput: rows written per second by the importer (one transaction of batched UNWIND MERGE
 * upserts with change detection) for the m and l demo orgs, against an upper bound measured in the same run:
 * the same rows written by plain CREATE in large batches on an empty database. Target: importer ≥ 0.5 × bound.
 */
import { pathToFileURL } from 'node:url';
import { STEPS, writeBundle } from '../server/import/writeBundle.ts';
import { generateOrg } from '../seed/generate.ts';
import { startBenchDatabase, table, timed, fmt, writePlainBatches, type BenchDatabase } from './support.ts';

const SIZES = ['m', 'l'] as const;
const BASELINE_BATCH = 20_000;

export async function benchImport(): Promise<string> {
  const bench = await startBenchDatabase();
  const rows: Array<Array<string | number>> = [];
  try {
    await warmUp(bench);
    for (const size of SIZES) {
      const { bundle } = generateOrg({ size, seed: 42 });
      const total = STEPS.reduce((sum, step) => sum + step.rows(bundle).length, 0);
      await clear(bench);
      const baseline = await timed(() => writePlainBatches(bench, bundle, BASELINE_BATCH));
      await clear(bench);
      const importer = await timed(() => writeBundle(bench.db, bundle));
      const ratio = baseline.seconds / importer.seconds;
      rows.push([
        size,
        bundle.people.length,
        total,
        fmt(total / baseline.seconds, 0),
        fmt(total / importer.seconds, 0),
        fmt(ratio, 2),
        ratio >= 0.5 ? 'met' : 'MISSED',
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
    `${BASELINE_BATCH.toLocaleString('en')} per transaction, on an empty database (the upper bound). Importer: one transaction, batches of 5,000`,
    'MERGE upserts that report created / updated / unchanged. Target: importer ≥ 0.5 × plain CREATE.',
    '',
    table(
      ['org', 'people', 'rows', 'plain CREATE rows/s', 'importer rows/s', 'importer / bound', 'target'],
      rows,
    ),
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
