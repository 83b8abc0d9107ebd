/**
 * A derived graph as columns, for the metrics that make one pass over its ties (silos, modularity, brokerage):
 * each tie once, in the graph's own edge order, its ends as node numbers (the order of `graph.nodes()`), and the
 * person graph's primary units as numbers. A window of `l` has 180,000 person ties: a callback per tie with
 * string ends, attribute objects and map lookups cost each metric 50–180 ms, a loop over columns a few.
 * The edge order is kept so that every sum adds its terms in the order it did over `forEachEdge`: same values
 * to the last bit.
 *
 * Built once per graph (a window's graphs never change once built; the projection's builder hands them over as
 * it adds the ties) and kept while it lives; checked against the graph's order and size, like the centralities'
 * CSR (centrality/csr.ts).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { PersonGraph } from './graphs.ts';

export interface EdgeColumns {
  /** Node keys by number. */
  nodes: string[];
  source: Int32Array;
  target: Int32Array;
  /** The edge attribute `weight`, 1 when it is not a number. */
  weight: Float64Array;
}

/** Each person's primary unit as a number into `unitIds` (numbered as first met in the graph's node order). */
export interface PersonUnits {
  unitIds: string[];
  unitOf: Int32Array;
  /** 1 where the person's unit is a department. */
  inDepartment: Uint8Array;
}

const edges = new WeakMap<object, EdgeColumns>();
const units = new WeakMap<object, PersonUnits>();

export function edgeColumns(graph: AbstractGraph<Attributes, Attributes>): EdgeColumns {
  const kept = edges.get(graph);
  if (kept && kept.nodes.length === graph.order && kept.source.length === graph.size) return kept;
  const columns = columnsOf(graph);
  edges.set(graph, columns);
  return columns;
}

/** Keeps columns made while the graph was built (buildGraphs.ts): the same as `edgeColumns` would make. */
export function keepEdgeColumns(graph: AbstractGraph<Attributes, Attributes>, columns: EdgeColumns): void {
  edges.set(graph, columns);
}

export function personUnits(persons: PersonGraph): PersonUnits {
  const kept = units.get(persons);
  if (kept && kept.unitOf.length === persons.order) return kept;
  const numbered = unitsOf(persons);
  units.set(persons, numbered);
  return numbered;
}

function columnsOf(graph: AbstractGraph<Attributes, Attributes>): EdgeColumns {
  const nodes = graph.nodes();
  const number = new Map(nodes.map((node, n) => [node, n] as const));
  const columns = {
    nodes,
    source: new Int32Array(graph.size),
    target: new Int32Array(graph.size),
    weight: new Float64Array(graph.size),
  };
  let k = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    columns.source[k] = number.get(source)!;
    columns.target[k] = number.get(target)!;
    columns.weight[k++] = typeof attributes.weight === 'number' ? attributes.weight : 1;
  });
  return columns;
}

function unitsOf(persons: PersonGraph): PersonUnits {
  const numberOf = new Map<string, number>();
  const unitOf = new Int32Array(persons.order);
  const inDepartment = new Uint8Array(persons.order);
  let n = 0;
  persons.forEachNode((_person, { unit, unitType }) => {
    let number = numberOf.get(unit);
    if (number === undefined) numberOf.set(unit, (number = numberOf.size));
    unitOf[n] = number;
    inDepartment[n++] = unitType === 'department' ? 1 : 0;
  });
  return { unitIds: [...numberOf.keys()], unitOf, inDepartment };
}
