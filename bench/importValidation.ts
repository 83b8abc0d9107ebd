/**
 * How long reading and validating a large CSV import holds the event loop, and how much memory it takes: the
 * `l` demo org's CSV files (~44 MB) read by the streaming importer (validation only, as a dry run does) against
 * a baseline measured in the same run, the same files parsed whole at once as the importer did before
 * (csv-parse/sync). The longest event-loop stall is what /api/health waits at worst during an import.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { checkReferences } from '../server/import/references.ts';
import { csvFolderSource } from '../server/import/readCsvFolder.ts';
import { RowCollector } from '../server/import/validateRows.ts';
import { generateOrg } from '../seed/generate.ts';
import { writeSeed } from '../seed/write.ts';
import { fmt, table } from './support.ts';

interface Run {
  seconds: number;
  maxStallMs: number;
  heapGrowthMb: number;
}

export async function benchImportValidation(): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-csv-'));
  try {
    const files = writeSeed(folder, generateOrg({ size: 'l', seed: 42 }), 'csv').filter((f) =>
      f.endsWith('.csv'),
    );
    const bytes = files.reduce((total, file) => total + fs.statSync(file).size, 0);
    const streamed = await measured(async (sample) => {
      const rows = new RowCollector();
      await csvFolderSource(folder).read(rows);
      await checkReferences(
        rows,
        async () => ({ units: new Map(), people: new Set(), engagements: new Set() }),
        rows.issues,
      );
      if (rows.issues.count > 0) throw new Error(`the l org should be valid: ${rows.issues.count} problems`);
      sample();
      return rows.bundle.participants.length;
    });
    const whole = await measured(async (sample) => {
      const held = files.map((file) => parse(fs.readFileSync(file, 'utf8'), { columns: true, info: true }));
      sample(); // a timer cannot sample during the synchronous parse: measure with its result still held
      return held.length;
    });
    return [
      '### Reading and validating a large CSV import',
      '',
      `The \`l\` demo org as CSV (${fmt(bytes / 2 ** 20, 0)} MB). Baseline: the same files parsed whole, synchronously, as`,
      'the importer did before (csv-parse/sync, parsing only). Streaming: csv-parse stream → zod per row → reference',
      'checks, yielding to the event loop. Longest stall = the longest an HTTP request (e.g. /api/health) waits.',
      'Heap growth: heap used at the peak minus before each run (no forced GC: the garbage of the run before',
      "may still count in the baseline's start, so its growth is a lower bound).",
      '',
      table(
        ['reader', 'seconds', 'longest event-loop stall (ms)', 'peak heap growth (MB)'],
        [
          [
            'whole files, sync parse only (before)',
            fmt(whole.seconds),
            fmt(whole.maxStallMs, 0),
            fmt(whole.heapGrowthMb, 0),
          ],
          [
            'streaming, parse + validate + references',
            fmt(streamed.seconds),
            fmt(streamed.maxStallMs, 0),
            fmt(streamed.heapGrowthMb, 0),
          ],
          [
            'streaming / before',
            fmt(streamed.seconds / whole.seconds, 2),
            fmt(streamed.maxStallMs / whole.maxStallMs, 3),
            fmt(streamed.heapGrowthMb / whole.heapGrowthMb, 2),
          ],
        ],
      ),
    ].join('\n');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function measured(work: (sample: () => void) => Promise<number>): Promise<Run> {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const sampler = setInterval(sample, 20);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, 30)); // the monitor counts stalls from its first tick on
  const start = performance.now();
  await work(sample);
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 30)); // lets the monitor see the last stall end
  delay.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { seconds, maxStallMs: delay.max / 1e6, heapGrowthMb: (peak - before) / 2 ** 20 };
}
