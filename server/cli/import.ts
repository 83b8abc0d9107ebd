/**
 * `npm run import -- <bundle.json | calendar.ics | folder> [--dry-run] [--batch-size N] [--max-attendees N]`
 * Validates everything first, streaming (bad rows reported with file, line and field, the first 100 listed
 * and the rest counted; nothing written), then writes all or nothing (staged batches, one switch; see
 * server/import/writeBundle.ts) with a progress line (rows done of all, rows per second, time left), and
 * prints what was created, updated and left unchanged.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { TrellisError } from '../errors.ts';
import { calendarOptions } from '../schema/calendar.ts';
import { importData, readImportSource, type ImportOutcome } from '../import/importer.ts';
import { formatIssue } from '../import/rawBundle.ts';
import { progressBar } from './progress.ts';
import { runCli } from './run.ts';

const USAGE =
  'usage: npm run import -- <bundle.json | calendar.ics | folder of CSV and .ics files> [--dry-run] ' +
  '[--batch-size N] [--max-attendees N] | <export.csv> --map mapping.json [--dry-run]';
const argsSchema = z.object({
  source: z.string({ message: `name the data to import\n${USAGE}` }),
  dryRun: z.boolean(),
  batchSize: z.coerce.number().int().min(1).max(100_000),
  calendar: calendarOptions,
  map: z.string().optional(),
});

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '20000' },
      'max-attendees': { type: 'string' },
      map: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse({
    source: positionals[0],
    dryRun: values['dry-run'],
    batchSize: values['batch-size'],
    calendar: { maxAttendees: values['max-attendees'] },
    map: values.map,
  });
  if (!parsed.success)
    throw new TrellisError(
      'input_unreadable',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
    );
  return parsed.data;
}

async function main(): Promise<number> {
  const args = parseCommandLine();
  const read = readImportSource(args.source, {
    calendar: args.calendar,
    ...(args.map ? { mapping: args.map } : {}),
  });
  const database = await openDatabase(loadConfig().neo4j, {
    report: (line) => process.stderr.write(`${line}\n`),
  });
  const bar = progressBar();
  try {
    const outcome = await importData(database.db, read, {
      dryRun: args.dryRun,
      batchSize: args.batchSize,
      onProgress: ({ step, done, total }) => bar.update(done, total, `writing (${step})`),
    });
    bar.stop();
    return report(outcome);
  } finally {
    bar.stop();
    await database.close();
  }
}

function report(outcome: ImportOutcome): number {
  if (outcome.status === 'invalid') {
    process.stderr.write(`Nothing was imported: ${outcome.issueCount} problem(s) found.\n`);
    for (const issue of outcome.issues) process.stderr.write(`  ${formatIssue(issue)}\n`);
    const omitted = outcome.issueCount - outcome.issues.length;
    if (omitted > 0)
      process.stderr.write(`  … and ${omitted} more (the first ${outcome.issues.length} are listed)\n`);
    return 2;
  }
  reportSkipped(outcome.skipped);
  if (outcome.dryRun) {
    process.stdout.write(`Valid: ${outcome.rows} rows would be imported (dry run, nothing written).\n`);
    return 0;
  }
  process.stdout.write(`Imported (data version ${outcome.dataVersion}):\n`);
  for (const [step, counts] of Object.entries(outcome.summary)) {
    process.stdout.write(
      `  ${step.padEnd(15)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged\n`,
    );
  }
  return 0;
}

function reportSkipped(skipped: Record<string, number>): void {
  const parts = Object.entries(skipped).map(([reason, count]) => `${count} ${reason}`);
  if (parts.length > 0) process.stdout.write(`Left out on purpose: ${parts.join(', ')}.\n`);
}

runCli(main);
