/**
 * Builds the derived graphs (server/analytics/graphs.ts) from the projection rows: pure functions, so they are
 * tested without a database. The unit graph sums person-tie weights across units; a tie inside a unit adds to
 * that unit's internalWeight. Each graph is made as columns first (columnGraphs.ts): the projection keeps them
 * so and builds the graphology graphs on demand; build* make the graphology graph of the columns at once.
 */
import type { InitiationGraph, PersonAttributes, PersonGraph, UnitAttributes, UnitGraph } from '../graphs.ts';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { graphOf, portableOf, type PortableGraph } from './columnGraphs.ts';

type Graph = AbstractGraph<Attributes, Attributes>;

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
  return graphOf(personColumns(people, ties)) as unknown as PersonGraph;
}

export function buildUnitGraph(units: UnitRow[], persons: PersonGraph): UnitGraph {
  return graphOf(unitColumns(units, portableOf(persons as unknown as Graph))) as unknown as UnitGraph;
}

export function buildInitiationGraph(
  people: PersonRow[],
  initiations: Array<{ source: string; target: string; weight: number; engagements: number }> | TieColumns,
): InitiationGraph {
  return graphOf(initiationColumns(people, initiations)) as unknown as InitiationGraph;
}

/** The person graph as columns: undirected, a node per person in order, the ties as they come. */
export function personColumns(people: PersonRow[], ties: TieRow[] | TieColumns): PortableGraph {
  return tieColumns('undirected', people, Array.isArray(ties) ? columnsOf(ties, 'a', 'b') : ties);
}

/** The initiation graph as columns: directed, initiator → other participant. */
export function initiationColumns(
  people: PersonRow[],
  initiations: Array<{ source: string; target: string; weight: number; engagements: number }> | TieColumns,
): PortableGraph {
  return tieColumns(
    'directed',
    people,
    Array.isArray(initiations) ? columnsOf(initiations, 'source', 'target') : initiations,
  );
}

/** Each tie with weight > 0 between two people of the roster, in order. */
function tieColumns(type: PortableGraph['type'], people: PersonRow[], ties: TieColumns): PortableGraph {
  const nodes = people.map((person) => person.id);
  const nodeAttributes = people.map(({ id: _id, ...attributes }) => attributes);
  const numbers = new Map(nodes.map((node, n) => [node, n]));
  const numberOf = Int32Array.from(ties.ids, (id) => numbers.get(id) ?? -1); // once per id, not per tie end
  const size = ties.a.length;
  const [sources, targets] = [new Int32Array(size), new Int32Array(size)];
  const [weights, engagements] = [new Float64Array(size), new Float64Array(size)];
  let kept = 0;
  for (let k = 0; k < size; k++) {
    const source = numberOf[ties.a[k]!]!;
    const target = numberOf[ties.b[k]!]!;
    const weight = ties.weight[k]!;
    if (source < 0 || target < 0 || !(weight > 0)) continue;
    sources[kept] = source;
    targets[kept] = target;
    weights[kept] = weight;
    engagements[kept++] = ties.count[k]!;
  }
  return {
    type,
    nodes,
    nodeAttributes,
    sources: sources.slice(0, kept),
    targets: targets.slice(0, kept),
    edgeColumns: { weight: weights.slice(0, kept), engagements: engagements.slice(0, kept) },
  };
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

/**
 * The unit graph as columns, from the person graph's: each unit's members (people whose primary unit it is)
 * and internal weight, and the person ties between two units summed into their tie, in the order of the
 * person ties (oriented as first met).
 */
export function unitColumns(units: UnitRow[], persons: PortableGraph): PortableGraph {
  const number = new Map(units.map((unit, n) => [unit.id, n]));
  const unitOf = Int32Array.from(persons.nodeAttributes, (person) => number.get(person.unit as string) ?? -1);
  const members = new Float64Array(units.length);
  for (const unit of unitOf) if (unit >= 0) members[unit]! += 1;
  const { internal, ties } = unitTies(units.length, unitOf, persons);
  return {
    type: 'undirected',
    nodes: units.map((unit) => unit.id),
    nodeAttributes: units.map(({ id: _id, parent, ...attributes }, n) => ({
      ...attributes,
      ...(parent ? { parent } : {}),
      members: members[n]!,
      internalWeight: internal[n]!,
    })),
    sources: Int32Array.from(ties.source),
    targets: Int32Array.from(ties.target),
    edgeColumns: { weight: Float64Array.from(ties.weight), engagements: Float64Array.from(ties.engagements) },
  };
}

/**
 * The person ties summed per unit, in the order of the person ties: inside a unit into its internal weight,
 * between two units into their tie (oriented as first met).
 */
function unitTies(unitCount: number, unitOf: Int32Array, persons: PortableGraph) {
  const internal = new Float64Array(unitCount);
  const slotOf = new Map<number, number>();
  const ties = {
    source: [] as number[],
    target: [] as number[],
    weight: [] as number[],
    engagements: [] as number[],
  };
  const weight = persons.edgeColumns.weight as ArrayLike<number>;
  const engagements = persons.edgeColumns.engagements as ArrayLike<number>;
  for (let k = 0; k < persons.sources.length; k++) {
    const [i, j] = [unitOf[persons.sources[k]!]!, unitOf[persons.targets[k]!]!];
    if (i < 0 || j < 0) continue;
    if (i === j) {
      internal[i]! += weight[k]!;
      continue;
    }
    const key = i < j ? i * unitCount + j : j * unitCount + i;
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, ties.source.length);
      ties.source.push(i);
      ties.target.push(j);
      ties.weight.push(weight[k]!);
      ties.engagements.push(engagements[k]!);
    } else {
      ties.weight[slot]! += weight[k]!;
      ties.engagements[slot]! += engagements[k]!;
    }
  }
  return { internal, ties };
}
