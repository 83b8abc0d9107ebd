/** What the benchmarks share: a managed Neo4j of their own, timing and memory readings, Markdown tables. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../server/db/connect.ts';
import { Database, runNamed } from '../server/db/database.ts';
import { STEPS } from '../server/import/writeBundle.ts';
import type { Bundle } from '../server/schema/bundle.ts';
import { startManagedNeo4j, type ManagedNeo4j } from '../server/db/managedNeo4j.ts';
import { freePort } from '../server/db/ports.ts';
import { median as medianOrNull } from '../server/analytics/statistics.ts';

export interface BenchDatabase {
  db: Database;
  managed: ManagedNeo4j;
  close(): Promise<void>;
}

/** A fresh managed Neo4j in a temporary folder, sized for the large demo orgs. */
export async function startBenchDatabase(heapMb = 8192): Promise<BenchDatabase> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-neo4j-'));
  const managed = await startManagedNeo4j({
    home,
    boltPort: await freePort(),
    heapMb,
    pageCacheMb: 1024,
    startTimeoutMs: 300_000,
  });
  const db = new Database({ uri: managed.uri, user: managed.user, password: managed.password });
  await applySchema(db);
  return {
    db,
    managed,
    close: async () => {
      await db.close();
      await managed.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

export const fmt = (value: number, digits = 1) => value.toFixed(digits);

/**
 * The bundle's rows written by plain CREATE in batches of their own transactions: the import benchmark's upper
 * bound, and how the other benchmarks load orgs too large for one import transaction (xl).
 */
export async function writePlainBatches(bench: BenchDatabase, bundle: Bundle, batch = 20_000): Promise<void> {
  for (const step of STEPS) {
    const rows = step.rows(bundle);
    for (let start = 0; start < rows.length; start += batch) {
      await bench.db.writeTransaction((tx) =>
        runNamed(tx, `bench/${step.name}`, { rows: rows.slice(start, start + batch) }),
      );
    }
  }
}

/** Runs a bench client (a TypeScript file) in its own process with one JSON argument; answers its JSON output. */
export function runJsonClient<T>(client: string, request: unknown, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', client, JSON.stringify(request)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${name} client exited ${code}`)),
    );
  });
}

/** The median of a bench's repeated timings (NumPy's: the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const middle = medianOrNull(values);
  if (middle === null) throw new Error('bench: a median of no timing');
  return middle;
}
