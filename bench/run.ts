/**
 * `npm run bench [-- name …]`: runs the benchmarks (all, or the named ones) and writes each one's section of
 * bench/RESULTS.md, keeping the sections of benchmarks not run. Every figure is a ratio against a baseline
 * measured in the same run, so results compare across machines.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine } from './support.ts';

type Bench = () => Promise<string>;
const BENCHES: Record<string, () => Promise<Bench>> = {
  import: async () => (await import('./import.ts')).benchImport,
  centrality: async () => (await import('./centrality.ts')).benchCentrality,
  network: async () => (await import('./network.ts')).benchNetwork,
  suite: async () => (await import('./suite.ts')).benchSuite,
  projection: async () => (await import('./projection.ts')).benchProjection,
  load: async () => (await import('./load.ts')).benchLoad,
  render: async () => (await import('./render.ts')).benchRender,
  outage: async () => (await import('./outage.ts')).benchOutage,
  console: async () => (await import('./console.ts')).benchConsole,
  storm: async () => (await import('./storm.ts')).benchStorm,
  compare: async () => (await import('./compare.ts')).benchCompare,
  whatif: async () => (await import('./whatif.ts')).benchWhatIf,
};

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(BENCHES);
  for (const name of names) {
    const load = BENCHES[name];
    if (!load) throw new Error(`unknown benchmark '${name}'; known: ${Object.keys(BENCHES).join(', ')}`);
    process.stderr.write(`Running benchmark ${name}…\n`);
    const markdown = await (await load())();
    writeSection(name, `${markdown}\n\n_Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}._`);
  }
}

function writeSection(name: string, markdown: string): void {
  const text = fs.existsSync(RESULTS)
    ? fs.readFileSync(RESULTS, 'utf8')
    : '# Benchmark results\n\nWritten by `npm run bench`.\n';
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${markdown}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  fs.writeFileSync(
    RESULTS,
    pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${(error as Error).message}\n`);
  process.exit(1);
});
