/**
 * Builds the explorer (client/ → client/dist) with Vite, or says it is up to date: the build keeps a hash of
 * its sources' contents beside it, so a fresh clone builds once and later calls return in milliseconds.
 * Used by `npm run build` / prestart (server/cli/buildClient.ts), the browser tests and the render benchmark.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT = path.join(ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT, 'dist');
const STAMP = path.join(CLIENT_DIST, '.sources-sha256');
/** What the bundle is made of: the client, the schemas it imports types from, and the locked packages. */
const INPUTS = [CLIENT, path.join(ROOT, 'server', 'schema'), path.join(ROOT, 'package-lock.json')];

export type BuildOutcome = 'built' | 'up-to-date';

export async function ensureClientBuilt(options: { force?: boolean } = {}): Promise<BuildOutcome> {
  const sources = sourcesHash();
  const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : '';
  if (!options.force && stamp === sources && fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    return 'up-to-date';
  }
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(STAMP, sources);
  return 'built';
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((item) => item.name !== 'dist' && item.name !== 'node_modules')
    .flatMap((item) => filesUnder(path.join(entry, item.name)));
}
