/**
 * Builds the derived graphs (server/analytics/graphs.ts) from the projection rows: pure functions, so they are
 * tested without a database. The unit graph sums person-tie weights across units; a tie inside a unit adds to
 * that unit's internalWeight.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type {
  InitiationGraph,
  PersonAttributes,
  PersonGraph,
  TieAttributes,
  UnitAttributes,
  UnitGraph,
} from '../graphs.ts';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { keepEdgeColumns } from '../graphColumns.ts';
import { prepareAdjacency } from './adjacency.ts';

export interface PersonRow extends PersonAttributes {
  id: string;
}
export interface UnitRow extends Omit<UnitAttributes, 'members' | 'internalWeight' | 'parent'> {
  id: string;
  /** The parent unit's id; null or absent for a top-level unit. */
  parent?: string | null;
}
export interface TieRow {
  a: string;
  b: string;
  weight: number;
  engagements: number;
}

/**
 * Ties as columns (projectTies.ts): endpoints as numbers into `ids`, no object per tie; a window of `l` has
 * 180,000 person ties and 62,000 initiation ties, each of which would otherwise be a row object made only to be
 * read once here.
 */
export interface TieColumns {
  ids: readonly string[];
  a: readonly number[];
  b: readonly number[];
  weight: readonly number[];
  count: readonly number[];
}

export function buildPersonGraph(people: PersonRow[], ties: TieRow[] | TieColumns): PersonGraph {
  const graph: PersonGraph = new UndirectedGraph<PersonAttributes, TieAttributes>();
  for (const { id, ...attributes } of people) graph.addNode(id, attributes);
  prepareAdjacency(graph);
  addTies(graph, Array.isArray(ties) ? columnsOf(ties, 'a', 'b') : ties);
  return graph;
}

/**
 * Adds each tie with weight > 0 between two nodes of the graph, in order, and keeps the graph's edge columns
 * (graphColumns.ts) made on the way, so the metrics that read them need no pass over the graph's edges.
 */
function addTies(graph: PersonGraph | InitiationGraph, ties: TieColumns): void {
  const { ids } = ties;
  const nodes = graph.nodes();
  const numbers = new Map(nodes.map((node, n) => [node, n]));
  const numberOf = Int32Array.from(ids, (id) => numbers.get(id) ?? -1); // once per id, not per tie end
  const added: { source: number[]; target: number[]; weight: number[] } = {
    source: [],
    target: [],
    weight: [],
  };
  for (let k = 0; k < ties.a.length; k++) {
    const source = numberOf[ties.a[k]!]!;
    const target = numberOf[ties.b[k]!]!;
    const weight = ties.weight[k]!;
    if (source < 0 || target < 0 || !(weight > 0)) continue;
    graph.addEdge(nodes[source]!, nodes[target]!, { weight, engagements: ties.count[k]! });
    added.source.push(source);
    added.target.push(target);
    added.weight.push(weight);
  }
  keepEdgeColumns(graph as unknown as AbstractGraph<Attributes, Attributes>, {
    nodes,
    source: Int32Array.from(added.source),
    target: Int32Array.from(added.target),
    weight: Float64Array.from(added.weight),
  });
}

/** Rows as columns, each endpoint its own number (rows come from tests and the survey, never large). */
function columnsOf<R extends { weight: number; engagements: number }>(
  rows: R[],
  from: keyof R,
  to: keyof R,
): TieColumns {
  const ids = rows.flatMap((row) => [row[from] as string, row[to] as string]);
  return {
    ids,
    a: rows.map((_, k) => 2 * k),
    b: rows.map((_, k) => 2 * k + 1),
    weight: rows.map((row) => row.weight),
    count: rows.map((row) => row.engagements),
  };
}

export function buildUnitGraph(units: UnitRow[], persons: PersonGraph): UnitGraph {
  const graph: UnitGraph = new UndirectedGraph<UnitAttributes, TieAttributes>();
  for (const { id, parent, ...attributes } of units)
    graph.addNode(id, { ...attributes, ...(parent ? { parent } : {}), members: 0, internalWeight: 0 });
  prepareAdjacency(graph);
  persons.forEachNode((_person, { unit }) => {
    if (graph.hasNode(unit)) graph.updateNodeAttribute(unit, 'members', (n = 0) => n + 1);
  });
  const { internal, ties } = unitTies(graph, persons);
  internal.forEach((weight, unit) => graph.setNodeAttribute(unit, 'internalWeight', weight));
  for (const { u, v, weight, engagements } of ties.values()) graph.addEdge(u, v, { weight, engagements });
  return graph;
}

/**
 * The person ties summed per unit, in the order of the person graph's edges: inside a unit into its internal
 * weight, between two units into their tie (oriented as first met). Sums kept apart and the edges added once,
 * not updated in the graph per person tie (180,000 of them in a window of `l`).
 */
function unitTies(units: UnitGraph, persons: PersonGraph) {
  const number = new Map(units.nodes().map((unit, n) => [unit, n]));
  const internal = new Map<string, number>();
  const ties = new Map<number, { u: string; v: string; weight: number; engagements: number }>();
  persons.forEachEdge((_edge, tie, _a, _b, { unit: u }, { unit: v }) => {
    const [i, j] = [number.get(u), number.get(v)];
    if (i === undefined || j === undefined) return;
    if (i === j) {
      internal.set(u, (internal.get(u) ?? 0) + tie.weight);
      return;
    }
    const key = i < j ? i * number.size + j : j * number.size + i;
    const sum = ties.get(key);
    if (!sum) ties.set(key, { u, v, weight: tie.weight, engagements: tie.engagements });
    else {
      sum.weight += tie.weight;
      sum.engagements += tie.engagements;
    }
  });
  return { internal, ties };
}

export function buildInitiationGraph(
  people: PersonRow[],
  initiations: Array<{ source: string; target: string; weight: number; engagements: number }> | TieColumns,
): InitiationGraph {
  const graph: InitiationGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
  for (const { id, ...attributes } of people) graph.addNode(id, attributes);
  prepareAdjacency(graph);
  addTies(graph, Array.isArray(initiations) ? columnsOf(initiations, 'source', 'target') : initiations);
  return graph;
}
