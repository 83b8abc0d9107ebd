/**
 * Structural single points of failure of the person graph: articulation points (people whose absence splits
 * their component) and bridges (ties whose loss does), reported as what they mean for the organisation — the
 * unit pairs that are connected now and would not be without them ("without Ana, Sales no longer reaches IT").
 *
 * One iterative DFS with Tarjan's low-points (dfsForest.ts) gives, for each articulation person v, the pieces
 * their removal leaves: the subtree of each child c with low[c] ≥ pre[v], plus the rest of the component. Each
 * piece is a preorder range (or a component minus ranges), so the units in it come from range counts
 * (unitPresence.ts), and the cut unit pairs from unitSeparation.ts — no search per person (the block-cut tree
 * implicitly). Cost O(n + m + Σ_pieces U log n) for U units.
 *
 * Output is bounded: all articulation points and bridges by id; the separations that cut at least one unit pair,
 * most pairs first, at most `limit` of each (inputs say how many there were). Units default to the formal
 * partition (node attribute `unit`); pass e.g. silos' topLevelPartition to count IT's service desk as IT.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { csrOf, type CsrGraph } from '../centrality/csr.ts';
import { formalPartition, groupIndex, type Partition } from '../communities/partition.ts';
import { articulationPoints, dfsForest } from './dfsForest.ts';
import { ComponentUnits } from './componentUnits.ts';
import { named, separate, type Piece, type UnitSeparation } from './unitSeparation.ts';

export interface CutPointsOptions {
  /** Person → unit. Default: the formal partition. */
  partition?: Partition;
  /** Most separations reported (people and ties each). Default 200. */
  limit?: number;
}

export interface PersonSeparation extends UnitSeparation {
  person: string;
  unit: string | null;
}

export interface TieSeparation extends UnitSeparation {
  people: [string, string];
}

export interface CutPointsResult {
  metric: 'cut-points';
  /** Every articulation point, by id. */
  articulationPoints: string[];
  /** Every bridge as [a, b] with a < b, sorted. */
  bridges: Array<[string, string]>;
  /** People whose absence disconnects at least one unit pair; most pairs first. */
  people: PersonSeparation[];
  /** Bridges that alone connect at least one unit pair; most pairs first. */
  ties: TieSeparation[];
  options: { partition: 'formal' | 'given'; limit: number };
  inputs: {
    nodes: number;
    ties: number;
    components: number;
    separatingPeople: number;
    separatingTies: number;
  };
}

export function cutPoints(
  graph: AbstractGraph<Attributes, Attributes>,
  options: CutPointsOptions = {},
): CutPointsResult {
  const limit = options.limit ?? 200;
  if (!(limit >= 0)) throw new Error('brokerage/cutPoints: limit must be ≥ 0');
  const csr = csrOf(graph);
  const { groupOf, labels } = groupIndex(csr.nodes, options.partition ?? formalPartition(graph));
  const forest = dfsForest(csr);
  const units = new ComponentUnits(forest, groupOf, labels.length);
  const names = labels.map(String);
  const points = articulationPoints(forest);
  const people = personSeparations({ csr, units, points, groupOf, names });
  const { bridges, ties } = tieSeparations(csr, units);
  // names only for what is reported: a chain of 100,000 people has 80,000 separations
  const top = <T extends UnitSeparation<number>>(list: T[], key: (item: T) => string) =>
    list
      .sort((a, b) => bySeverity(a, b) || cmp(key(a), key(b)))
      .slice(0, limit)
      .map((item) => ({ ...item, ...named(item, names) }));
  return {
    metric: 'cut-points',
    articulationPoints: csr.nodes.filter((_node, v) => points[v]).sort(),
    bridges: bridges.sort((a, b) => (a[0] === b[0] ? cmp(a[1], b[1]) : cmp(a[0], b[0]))),
    people: top(people, (p) => p.person),
    ties: top(ties, (t) => t.people.join()),
    options: { partition: options.partition ? 'given' : 'formal', limit },
    inputs: {
      nodes: csr.order,
      ties: csr.ties,
      components: units.components,
      separatingPeople: people.length,
      separatingTies: ties.length,
    },
  };
}

interface PersonScan {
  csr: CsrGraph;
  units: ComponentUnits;
  points: Uint8Array;
  groupOf: Int32Array;
  names: string[];
}

/** Every articulation person whose absence cuts at least one unit pair (units by index). */
function personSeparations({ csr, units, points, groupOf, names }: PersonScan) {
  const forest = units.forest;
  const people: Array<{ person: string; unit: string | null } & UnitSeparation<number>> = [];
  const separatingChildren = childrenWhere(forest, (c, v) => forest.low[c]! >= forest.pre[v]!);
  for (let v = 0; v < csr.order; v++) {
    if (!points[v]) continue;
    const pieces = personPieces(units, v, separatingChildren.get(v) ?? []);
    const separation = separate(pieces, (g) => units.elsewhere(g, units.rootOf(v)));
    if (separation.unitPairs === 0) continue;
    const unit = groupOf[v]! >= 0 ? names[groupOf[v]!]! : null;
    people.push({ person: csr.nodes[v]!, unit, ...separation });
  }
  return people;
}

/** Every bridge (tree edge parent(c)–c with low[c] > pre[parent]), and those that cut a unit pair. */
function tieSeparations(csr: CsrGraph, units: ComponentUnits) {
  const forest = units.forest;
  const bridges: Array<[string, string]> = [];
  const ties: Array<{ people: [string, string] } & UnitSeparation<number>> = [];
  for (let c = 0; c < csr.order; c++) {
    const v = forest.parent[c]!;
    if (v < 0 || forest.low[c]! <= forest.pre[v]!) continue;
    const pair = [csr.nodes[v]!, csr.nodes[c]!].sort() as [string, string];
    bridges.push(pair);
    const separation = separate(tiePieces(units, c), (g) => units.elsewhere(g, units.rootOf(c)));
    if (separation.unitPairs > 0) ties.push({ people: pair, ...separation });
  }
  return { bridges, ties };
}

/** Pieces left by removing v: each separating child's subtree, and (unless v is a root) the rest. */
function personPieces(units: ComponentUnits, v: number, children: number[]): Piece[] {
  const forest = units.forest;
  const pieces = children.map((c) => units.range(forest.pre[c]!, forest.pre[c]! + forest.size[c]!));
  if (forest.parent[v]! >= 0) pieces.push(units.rest(units.rootOf(v), [v], pieces));
  return pieces;
}

/** Pieces left by cutting the tree edge parent(c)–c (a bridge): c's subtree and the rest. */
function tiePieces(units: ComponentUnits, c: number): Piece[] {
  const forest = units.forest;
  const below = units.range(forest.pre[c]!, forest.pre[c]! + forest.size[c]!);
  return [below, units.rest(units.rootOf(c), [], [below])];
}

function childrenWhere(forest: { parent: Int32Array }, test: (c: number, v: number) => boolean) {
  const children = new Map<number, number[]>();
  forest.parent.forEach((v, c) => {
    if (v < 0 || !test(c, v)) return;
    const list = children.get(v);
    if (list) list.push(c);
    else children.set(v, [c]);
  });
  return children;
}

function bySeverity(a: UnitSeparation<number>, b: UnitSeparation<number>): number {
  return b.unitPairs - a.unitPairs || b.peopleCutOff - a.peopleCutOff;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
