/**
 * `npm run digest -- --brm p-0012 [--week 2026-10-26] [--out folder] [--base http://host:3000/]`
 * Writes a BRM's week (the same as GET /api/digest) as Markdown and HTML files, each line linked into the
 * explorer at `--base` (default: this Trellis's HOST and PORT). When TRELLIS_DIGEST_WEBHOOK is set, also posts
 * it there (Slack or Teams); unset, nothing is sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AnalyticsEngine } from '../analytics/engine.ts';
import { gatherDigest } from '../analytics/digest/gather.ts';
import { ScenarioWorker } from '../analytics/whatif/scenarioWorker.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { TrellisError } from '../errors.ts';
import { digestQuery } from '../schema/digest.ts';
import { digestHtml, digestMarkdown, digestText } from '../views/digest/render.ts';
import { digestView } from '../views/digestView.ts';
import { sendDigestWebhook } from './digestWebhook.ts';
import { runCli } from './run.ts';

const USAGE = 'usage: npm run digest -- --brm p-0012 [--week 2026-10-26] [--out folder] [--base URL]';
const argsSchema = digestQuery.extend({
  brm: z.string().regex(/^[^\s,/\\]{1,200}$/, 'give the id of the BRM'),
  out: z.string().min(1).optional(),
  base: z.url({ protocol: /^https?$/ }).optional(),
});

function parseCommandLine(): z.infer<typeof argsSchema> {
  const { values } = parseArgs({
    options: {
      brm: { type: 'string' },
      week: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new TrellisError('input_unreadable', `${problems.join('\n')}\n${USAGE}`);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const args = parseCommandLine();
  const config = loadConfig();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(config.neo4j, { report: say });
  const analytics = new AnalyticsEngine(database.db);
  const scenarios = new ScenarioWorker();
  try {
    const inputs = await gatherDigest({ analytics, db: database.db, scenarios }, args);
    const digest = digestView(inputs);
    const base = args.base ?? `http://${config.host}:${config.port}/`;
    const out = path.resolve(args.out ?? path.join(config.dataDir, 'digests'));
    fs.mkdirSync(out, { recursive: true });
    const stem = path.join(out, `digest-${digest.brm.id}-${digest.week.from.slice(0, 10)}`);
    fs.writeFileSync(`${stem}.md`, digestMarkdown(digest, base));
    fs.writeFileSync(`${stem}.html`, digestHtml(digest, base));
    const lines = digest.sections.reduce((sum, s) => sum + s.lines.length, 0);
    say(`${lines} line(s) for ${digest.brm.name}: ${stem}.md and ${stem}.html`);
    if (config.digestWebhook) {
      const sent = await sendDigestWebhook(config.digestWebhook, digestText(digest, base));
      say(`Posted to the digest webhook (HTTP ${sent.status}, ${sent.attempts} attempt(s)).`);
    }
  } finally {
    await scenarios.close();
    await analytics.close();
    await database.close();
  }
}

runCli(main);
