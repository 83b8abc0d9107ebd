/**
 * Centrality speed: Trellis's CSR kernels (worker threads) against graphology-metrics (the baseline) and
 * python-igraph (C, one thread) on the same seeded org-like graph of 10,000 people and 50,000 weighted ties;
 * and sampled betweenness on a 100,000-person, 500,000-tie org. Targets: Trellis ≥ 6× graphology-metrics and
 * no slower than igraph. igraph is the Debian package python3-igraph (/usr/bin/python3), installed
 * by the benchmark when missing; its rows are left out when it cannot be installed. Run: `npx tsx bench/centrality.ts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UndirectedGraph } from 'graphology';
import { betweenness as graphologyBetweenness } from 'graphology-metrics/centrality/index.js';
import type { Attributes } from 'graphology-types';
import {
  approximateBetweenness,
  betweenness,
  csrOf,
  harmonicCloseness,
} from '../server/analytics/centrality/index.ts';
import { orgGraph } from '../test/analytics/centrality/orgGraph.ts';
import { ensureDebianPackage, runs } from './debianPackage.ts';
import { fmt, machine, table, timed } from './support.ts';

const IGRAPH_PYTHON = '/usr/bin/python3';
const IGRAPH_SCRIPT = `
import igraph, json, resource, sys, time
lines = open(sys.argv[1]).read().split("\\n")
g = igraph.Graph(n=int(lines[0]), edges=[tuple(map(int, l.split()[:2])) for l in lines[1:]])
g.es["d"] = [float(l.split()[2]) for l in lines[1:]]
out = {}
for name, run in [("betweenness-weighted", lambda: g.betweenness(directed=False, weights="d")),
                  ("betweenness", lambda: g.betweenness(directed=False)),
                  ("harmonic-weighted", lambda: g.harmonic_centrality(weights="d")),
                  ("harmonic", lambda: g.harmonic_centrality())]:
    start = time.perf_counter(); values = run(); out[name] = {"seconds": time.perf_counter() - start, "values": values}
out["maxRssMb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
`;

interface IgraphRun {
  [metric: string]: { seconds: number; values: number[] } | number;
}

const inverseWeight = (_edge: string, attributes: Attributes) => 1 / (attributes.weight as number);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export async function benchCentrality(): Promise<string> {
  const graph = orgGraph({ people: 10_000, ties: 50_000, seed: 42 });
  const csrBuild = await timed(() => csrOf(graph));
  const igraph = runIgraph(graph);
  const rows: Array<Array<string | number>> = [];
  for (const weighted of [true, false]) {
    const suffix = weighted ? '-weighted' : '';
    progress(`graphology-metrics betweenness${suffix}`);
    const baseline = await timed(() =>
      graphologyBetweenness(graph, { getEdgeWeight: weighted ? inverseWeight : null }),
    );
    progress(`Trellis betweenness${suffix}`);
    const single = await timed(() => betweenness(graph, { weighted, workers: 0 }));
    const threaded = await timed(() => betweenness(graph, { weighted }));
    const reference = igraphMetric(igraph, `betweenness${suffix}`);
    rows.push(
      speedRow(`betweenness ${weighted ? 'weighted' : 'unweighted'}`, threaded, baseline.seconds, reference),
      speedRow(`  same, 1 thread`, single, baseline.seconds, reference),
    );
    progress(`Trellis harmonic closeness${suffix}`);
    const closeness = await timed(() => harmonicCloseness(graph, { weighted }));
    rows.push(
      speedRow(
        `harmonic closeness ${weighted ? 'weighted' : 'unweighted'}`,
        closeness,
        NaN,
        igraphMetric(igraph, `harmonic${suffix}`),
      ),
    );
  }
  const peak10k = peakRssMb();
  const large = await benchLarge();
  return [
    '## Centrality',
    '',
    `Org-like graph, ${graph.order} people, ${graph.size} weighted ties (seed 42); weighted = distance 1 / weight.`,
    `Trellis uses ${os.availableParallelism()} worker threads; graphology-metrics and igraph ${igraph ? `(${igraph.version}) ` : ''}run on one.`,
    `CSR view built in ${fmt(csrBuild.seconds * 1000, 0)} ms (once per graph, not in the times below).`,
    '',
    table(
      [
        'metric',
        'Trellis s',
        'graphology-metrics s',
        '× faster than graphology',
        'igraph s',
        'igraph / Trellis',
        'max |Δ| vs igraph',
      ],
      rows,
    ),
    '',
    `Targets: ≥ 6× graphology-metrics, igraph / Trellis ≥ 1. Peak RSS (this process, workers included): ${fmt(peak10k, 0)} MB; igraph process: ${igraph ? fmt(igraph.maxRssMb, 0) : 'n/a'} MB.`,
    '',
    large,
  ].join('\n');
}

interface Timed<T> {
  result: T;
  seconds: number;
}

function speedRow(
  label: string,
  trellis: Timed<{ values: Record<string, number>; options: { normalised: boolean } }>,
  baselineSeconds: number,
  reference: { seconds: number; values: number[]; nodes: string[]; scale: number } | undefined,
): Array<string | number> {
  const delta = reference ? maxDifference(trellis.result.values, reference) : NaN;
  return [
    label,
    fmt(trellis.seconds, 2),
    Number.isNaN(baselineSeconds) ? '—' : fmt(baselineSeconds, 2),
    Number.isNaN(baselineSeconds) ? '—' : fmt(baselineSeconds / trellis.seconds, 1),
    reference ? fmt(reference.seconds, 2) : 'n/a',
    reference ? fmt(reference.seconds / trellis.seconds, 2) : 'n/a',
    Number.isNaN(delta) ? 'n/a' : delta.toExponential(1),
  ];
}

/** Largest difference from igraph's values, rescaled to Trellis's (see igraphMetric). */
function maxDifference(
  values: Record<string, number>,
  reference: { values: number[]; nodes: string[]; scale: number },
): number {
  return Math.max(
    ...reference.nodes.map((node, i) => Math.abs(values[node]! - reference.values[i]! * reference.scale)),
  );
}

async function benchLarge(): Promise<string> {
  progress('100,000-person org');
  const built = await timed(() => orgGraph({ people: 100_000, ties: 500_000, seed: 43 }));
  const graph = built.result;
  const csr = await timed(() => csrOf(graph));
  const rows: Array<Array<string | number>> = [];
  for (const weighted of [true, false]) {
    const run = await timed(() => approximateBetweenness(graph, { weighted, samples: 1000, seed: 1 }));
    const { options, errorBound, inputs } = run.result;
    const perSource = run.seconds / options.samples;
    rows.push([
      weighted ? 'weighted' : 'unweighted',
      options.samples,
      fmt(run.seconds, 1),
      fmt((perSource * graph.order) / 60, 1),
      errorBound.toFixed(3),
      options.confidence,
      inputs.workers,
    ]);
  }
  return [
    `### Sampled betweenness, ${graph.order} people, ${graph.size} ties (seed 43)`,
    '',
    `Graph built in ${fmt(built.seconds, 1)} s, CSR view in ${fmt(csr.seconds, 2)} s.`,
    '',
    table(
      [
        'paths',
        'sources',
        'seconds',
        'exact would take (min, est.)',
        'error bound (normalised)',
        'confidence',
        'workers',
      ],
      rows,
    ),
    '',
    `The bound holds for every node at once (Serfling + union bound); it is worst-case, real errors are far smaller. Peak RSS: ${fmt(peakRssMb(), 0)} MB.`,
  ].join('\n');
}

function runIgraph(graph: UndirectedGraph) {
  if (!ensureDebianPackage('python3-igraph', () => runs(IGRAPH_PYTHON, ['-c', 'import igraph'])))
    return undefined;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-igraph-'));
  try {
    const csr = csrOf(graph);
    const index = new Map(csr.nodes.map((node, i) => [node, i] as const));
    const lines = [String(csr.order)];
    graph.forEachEdge((_e, attributes, s, t) =>
      lines.push(`${index.get(s)} ${index.get(t)} ${1 / (attributes.weight as number)}`),
    );
    fs.writeFileSync(path.join(folder, 'edges.txt'), lines.join('\n'));
    fs.writeFileSync(path.join(folder, 'run.py'), IGRAPH_SCRIPT);
    const version = execFileSync(IGRAPH_PYTHON, ['-c', 'import igraph; print(igraph.__version__)'])
      .toString()
      .trim();
    progress(`igraph ${version}`);
    const output = execFileSync(
      IGRAPH_PYTHON,
      [path.join(folder, 'run.py'), path.join(folder, 'edges.txt')],
      {
        maxBuffer: 1 << 28,
      },
    );
    const run = JSON.parse(output.toString()) as IgraphRun;
    return { run, version, nodes: csr.nodes, order: csr.order, maxRssMb: run.maxRssMb as number };
  } catch (error) {
    progress(`igraph not run: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function igraphMetric(igraph: ReturnType<typeof runIgraph>, name: string) {
  const metric = igraph?.run[name];
  if (!igraph || typeof metric !== 'object') return undefined;
  const n = igraph.order;
  // igraph: betweenness unnormalised over unordered pairs; harmonic centrality normalised by n − 1.
  const scale = name.startsWith('betweenness') ? 2 / ((n - 1) * (n - 2)) : n - 1;
  return { seconds: metric.seconds, values: metric.values, nodes: igraph.nodes, scale };
}

function progress(message: string): void {
  process.stderr.write(`  centrality: ${message}…\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchCentrality()
    .then((markdown) => process.stdout.write(`${markdown}\n\n_Measured on ${machine()}._\n`))
    .catch((error: unknown) => {
      process.stderr.write(`Benchmark failed: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
