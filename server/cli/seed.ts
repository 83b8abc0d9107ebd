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
import { runCli } from './run.ts';

const argsSchema = z.object({
  size: z.enum(['s', 'm', 'l', 'xl'], { message: 'must be one of s, m, l, xl' }),
  seed: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0)
    .max(2 ** 31),
  format: z.enum(['json', 'csv'], { message: 'must be json or csv' }),
  out: z.string().optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 's' },
      seed: { type: 'string', default: '42' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    throw new TrellisError(
      'input_unreadable',
      parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('\n'),
    );
  }
  const { size, seed, format } = parsed.data;
  const out = path.resolve(parsed.data.out ?? path.join('.trellis', 'seed', `${size}-${seed}`));
  process.stderr.write(`Generating demo org ${size} (seed ${seed})…\n`);
  const { bundle, groundTruth } = generateOrg({ size, seed });
  process.stderr.write(`Writing ${format} to ${out}…\n`);
  writeSeed(out, bundle, groundTruth, format);
  for (const [section, rows] of Object.entries(bundle))
    process.stdout.write(`  ${section.padEnd(15)} ${rows.length}\n`);
  const target = format === 'json' ? path.join(out, 'bundle.json') : out;
  process.stdout.write(`Done. Import it with: npm run import -- ${path.relative(process.cwd(), target)}\n`);
}

runCli(main);
