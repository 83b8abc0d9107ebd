/**
 * Network metrics (communities, silos, brokerage) on the `l` demo org: ~20,000 people, the 90-day and 365-day
 * windows ending at the newest engagement, graphs built in-process from the generated bundle
 * (test/support/bundleGraphs.ts, checked equal to the Neo4j projection by the ground-truth test). Each metric's
 * time (the fastest of three runs) is also given as a multiple of one plain pass over the person ties
 * (graphology forEachEdge), measured in the same run. Cut points are compared with the obvious alternative: a breadth-first search without each
 * articulation person. Budget: the whole metric suite within 60 s on `l`. Run: `npm run bench -- network`.
 */
import type { PersonGraph } from '../server/analytics/graphs.ts';
import { resolveWindow } from '../server/analytics/window.ts';
import {
  formalPartition,
  louvain,
  modularity,
  normalisedMutualInformation,
} from '../server/analytics/communities/index.ts';
import { constraint, cutPoints, effectiveSize, gouldFernandez } from '../server/analytics/brokerage/index.ts';
import { eiIndex, isolation, providerCoverage, reach } from '../server/analytics/silos/index.ts';
import { generateOrg } from '../seed/generate.ts';
import { bundleGraphs } from '../test/support/bundleGraphs.ts';
import { fmt, table, timed } from './support.ts';

export async function benchNetwork(): Promise<string> {
  const { bundle } = generateOrg({ size: 'l', seed: 1 });
  const newest = new Date(bundle.engagements.reduce((max, e) => Math.max(max, Date.parse(e.at)), 0));
  const sections = ['## Network metrics (communities, silos, brokerage)', ''];
  for (const spec of ['90d', '365d'] as const) {
    const graphs = bundleGraphs(bundle, resolveWindow(spec, newest));
    const { persons, initiations } = graphs;
    const pass = await timed(() => persons.forEachEdge((_e, tie) => void tie.weight));
    const communities = louvain(persons).communities;
    const runs: Array<[string, () => unknown]> = [
      ['louvain (seeded)', () => louvain(persons)],
      ['modularity of the unit partition', () => modularity(persons, formalPartition(persons))],
      [
        'NMI of communities and units',
        () => normalisedMutualInformation(communities, formalPartition(persons)),
      ],
      ['E-I index', () => eiIndex(persons, { units: graphs.units })],
      ['reach', () => reach(persons, { units: graphs.units })],
      ['provider coverage', () => providerCoverage(graphs)],
      ['isolation (E-I + reach + coverage + rules)', () => isolation(graphs)],
      ['constraint', () => constraint(persons)],
      ['effective size', () => effectiveSize(persons)],
      ['Gould–Fernandez roles', () => gouldFernandez(initiations)],
      ['cut points (articulation + bridges → unit pairs)', () => cutPoints(persons)],
    ];
    const rows: Array<Array<string | number>> = [];
    let [total, cut] = [0, 0];
    for (const [name, run] of runs) {
      progress(`${spec} ${name}`);
      const seconds = await fastest(run, 3);
      total += seconds;
      cut = seconds; // the last run is cutPoints
      rows.push([name, fmt(seconds, 3), fmt(seconds / pass.seconds, 0)]);
    }
    const points = cutPoints(persons).articulationPoints.length;
    progress(`${spec} cut points by one BFS per articulation person`);
    const naive = await timed(() => naiveCutPairs(persons));
    sections.push(
      `### Window ${spec}: ${persons.order} people, ${persons.size} ties, ${initiations.size} initiation ties`,
      '',
      table(['metric', 'seconds', '× one pass over the ties'], rows),
      '',
      `All of the above: ${fmt(total, 2)} s. One pass over the ties: ${fmt(pass.seconds * 1000, 1)} ms. ` +
        `Cut points the obvious way (a BFS without each of the ${points} articulation people, unit sets of the pieces): ` +
        `${fmt(naive.seconds, 2)} s, ${fmt(naive.seconds / cut, 0)}× the DFS low-point version.`,
      '',
    );
  }
  return sections.join('\n').trimEnd();
}

/** The fastest of a few runs: the machine may be shared, and the first run pays for compilation. */
async function fastest(run: () => unknown, times: number): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < times; k++) best = Math.min(best, (await timed(run)).seconds);
  return best;
}

/** The baseline: for each articulation person, a BFS over the graph without them, collecting unit sets. */
function naiveCutPairs(persons: PersonGraph): number {
  let pairs = 0;
  for (const person of cutPoints(persons).articulationPoints) {
    const seen = new Set<string>([person]);
    persons.forEachNode((start) => {
      if (seen.has(start)) return;
      const units = new Set<string>();
      const queue = [start];
      seen.add(start);
      while (queue.length) {
        const v = queue.pop()!;
        units.add(persons.getNodeAttribute(v, 'unit'));
        persons.forEachNeighbor(v, (w) => {
          if (seen.has(w)) return;
          seen.add(w);
          queue.push(w);
        });
      }
      pairs += (units.size * (units.size - 1)) / 2;
    });
  }
  return pairs;
}

function progress(step: string): void {
  process.stderr.write(`  ${step}…\n`);
}
