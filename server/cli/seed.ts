/**
 * `npm run seed -- [--size s|m|l|xl] [--seed N] [--format json|csv] [--out folder]`
 * Writes a demo organisation and its ground truth (default: size s, seed 42, JSON, .trellis/seed/<size>-<seed>).
 * Import it with `npm run import -- <folder>/bundle.json` (or the folder itself for CSV).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TrellisError } from '../errors.ts';
import { generateOrg } from '../../seed/generate.ts';
import { writeSeed } from '../../seed/write.ts';
import { progressBar } from './progress.ts';
import { runCli } from './run.ts';

const argsSchema = z.object({
  size: z.enum(['s', 'm', 'l', 'xl'], { message: 'must be one of s, m, l, xl' }),
  seed: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(2 ** 31, 'must be at most 2147483648'),
  format: z.enum(['json', 'csv'], { message: 'must be json or csv' }),
  out: z.string().min(1, 'must name a folder').optional(),
});

function parseSeedArgs(): z.infer<typeof argsSchema> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: {
        size: { type: 'string', default: 's' },
        seed: { type: 'string', default: '42' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new TrellisError('input_unreadable', (error as Error).message);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`);
    throw new TrellisError('input_unreadable', problems.join('\n'));
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const { size, seed, format, out: outArg } = parseSeedArgs();
  const out = path.resolve(outArg ?? path.join('.trellis', 'seed', `${size}-${seed}`));
  const started = performance.now();
  process.stderr.write(`Generating demo org ${size} (seed ${seed})…\n`);
  const generated = generateOrg({ size, seed });
  const generatedAt = performance.now();
  process.stderr.write(`  generated in ${seconds(generatedAt - started)}; writing ${format} to ${out}\n`);
  const progress = progressBar();
  writeSeed(out, generated, format, (done, total, section) => progress.update(done, total, section));
  progress.stop();
  process.stderr.write(`  written in ${seconds(performance.now() - generatedAt)}\n`);
  for (const [section, rows] of Object.entries(generated.bundle))
    process.stdout.write(`  ${section.padEnd(15)} ${String(rows.length).padStart(9)}\n`);
  const target = format === 'json' ? path.join(out, 'bundle.json') : out;
  process.stdout.write(`Wrote ${target} and ${path.join(out, 'ground-truth.json')}\n`);
  const relative = path.relative(process.cwd(), target);
  const shown = relative.startsWith('..') ? target : relative; // outside the checkout: the absolute path reads better
  process.stdout.write(`Import it with: npm run import -- ${shown}\n`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

runCli(main);
