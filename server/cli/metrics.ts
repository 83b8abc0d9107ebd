/**
 * `npm run metrics -- [--window 90d | --from 2026-01-01 --to 2026-04-01] [--dry-run]`
 * Computes every metric of the window from the graph in Neo4j, with progress, and writes them back as
 * properties (`betweenness_90d`, …) so they can be queried in Cypher. `--dry-run` computes and writes nothing.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AnalyticsEngine } from '../analytics/engine.ts';
import { writeBackAnalytics } from '../analytics/writeBackAnalytics.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { TrellisError } from '../errors.ts';
import { refineWindow, windowQuery } from '../schema/window.ts';
import { DEFAULT_WINDOW, windowSpecOf } from '../schema/windowRule.ts';
import { progressBar } from './progress.ts';
import { runCli } from './run.ts';

const argsSchema = z.object({ ...windowQuery, dryRun: z.boolean() }).superRefine(refineWindow);

function parseCommandLine(): z.infer<typeof argsSchema> {
  const { values } = parseArgs({
    options: {
      window: { type: 'string', default: DEFAULT_WINDOW },
      from: { type: 'string' },
      to: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const parsed = argsSchema.safeParse({ ...values, dryRun: values['dry-run'] });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new TrellisError('input_unreadable', problems.join('\n'));
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const args = parseCommandLine();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(loadConfig().neo4j, { report: say });
  try {
    const engine = new AnalyticsEngine(database.db);
    const analytics = await engine.forWindow(windowSpecOf(args), {
      onStep: (step) => say(`  computing ${step}…`),
    });
    const { window, timings, notes } = analytics;
    say(`Window ${window.key}: ${window.from.toISOString()} – ${window.to.toISOString()}`);
    for (const [step, ms] of Object.entries(timings)) say(`  ${step.padEnd(24)} ${(ms / 1000).toFixed(1)} s`);
    for (const note of notes) say(`  note: ${note}`);
    if (args.dryRun) {
      say('Dry run: nothing written.');
      return;
    }
    const bar = progressBar();
    const written = await writeBackAnalytics(database.db, analytics, (target, done, total) =>
      bar.update(done, total, `writing ${target}`),
    );
    bar.stop();
    say(`Written: ${written.people} people, ${written.units} units, ${written.serves} relationships.`);
  } finally {
    await database.close();
  }
}

runCli(main);
