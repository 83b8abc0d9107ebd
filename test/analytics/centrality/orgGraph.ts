/**
 * Seeded random graphs for the centrality tests and benchmark: an org-like graph (units of 8–40 people, most
 * ties inside the unit, heavy-tailed activity so a few people tie far more, tie strength a sum of decayed
 * engagement contributions as in DESIGN §3.1) and a plain Erdős–Rényi graph for property tests.
 */
import { UndirectedGraph } from 'graphology';
import { Rng } from '../../../server/prng.ts';

export interface OrgGraphOptions {
  people: number;
  ties: number;
  seed: number;
  /** Share of ties drawn inside the unit. Default 0.8. */
  inward?: number;
}

export function orgGraph({ people, ties, seed, inward = 0.8 }: OrgGraphOptions): UndirectedGraph {
  const rng = new Rng(seed);
  const unitOf = assignUnits(people, rng);
  const members = new Map<number, number[]>();
  unitOf.forEach((unit, person) => members.set(unit, [...(members.get(unit) ?? []), person]));
  const activity = cumulative(Array.from({ length: people }, () => 1 / Math.pow(1 - rng.float(), 0.6)));
  const pickActive = () => lowerBound(activity, rng.float() * activity[people - 1]!);
  const graph = new UndirectedGraph();
  for (let p = 0; p < people; p++) graph.addNode(`p${p}`, { unit: `u${unitOf[p]}` });
  let attempts = 0;
  while (graph.size < ties && attempts++ < ties * 20) {
    const a = pickActive();
    const b = rng.chance(inward) ? rng.pick(members.get(unitOf[a]!)!) : pickActive();
    if (a === b) continue;
    const weight = tieStrength(rng);
    const edge = graph.edge(`p${a}`, `p${b}`);
    if (edge) graph.updateEdgeAttribute(edge, 'weight', (w: number) => w + weight);
    else graph.addEdge(`p${a}`, `p${b}`, { weight });
  }
  return graph;
}

/** G(n, p) with strengths in (0, 2]; `integer` draws strengths from {1, 2, 3} to create equal-length paths. */
export function randomGraph(nodes: number, p: number, seed: number, integer = false): UndirectedGraph {
  const rng = new Rng(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, { unit: `u${i % 3}` });
  for (let i = 0; i < nodes; i++) {
    for (let j = i + 1; j < nodes; j++) {
      if (!rng.chance(p)) continue;
      graph.addEdge(`n${i}`, `n${j}`, { weight: integer ? rng.int(1, 3) : 2 - 1.999 * rng.float() });
    }
  }
  return graph;
}

function assignUnits(people: number, rng: Rng): number[] {
  const unitOf: number[] = [];
  for (let unit = 0; unitOf.length < people; unit++) {
    const size = rng.int(8, 40);
    for (let k = 0; k < size && unitOf.length < people; k++) unitOf.push(unit);
  }
  return unitOf;
}

/** Σ κ · 2^(−age/30) / (participants − 1) over 1–4 shared engagements. */
function tieStrength(rng: Rng): number {
  let weight = 0;
  for (let k = rng.int(1, 4); k > 0; k--) {
    const kappa = rng.pick([1, 1, 0.5, 0.3]);
    weight += (kappa * Math.pow(2, -rng.float() * 3)) / rng.pick([1, 1, 2, 3, 7]);
  }
  return weight;
}

function cumulative(values: number[]): Float64Array {
  const sums = new Float64Array(values.length);
  values.reduce((total, value, i) => (sums[i] = total + value), 0);
  return sums;
}

function lowerBound(sums: Float64Array, target: number): number {
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
