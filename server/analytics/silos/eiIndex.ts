/**
 * E-I index (Krackhardt & Stern 1988, "Informal networks and organizational crises", Social Psychology
 * Quarterly 51(2):123–140): (E − I) / (E + I) over tie weights, E = to people of other units, I = to people of
 * one's own unit (the formal partition: each person's primary unit). −1: all ties inward; +1: all outward.
 *
 * - Person: E and I of their own ties.
 * - Unit: E and I summed over its members, so a tie between two members counts once from each side. That keeps
 *   a unit's value comparable with the random-mixing baseline, which is a per-member expectation:
 *   E-I* = ((N − n) − (n − 1)) / (N − 1) for a unit of n among N people (each member has N − n possible outside
 *   contacts and n − 1 inside ones). E-I − E-I* < 0: more inward than chance.
 * - Organisation: every tie once; E-I* from the numbers of possible outside and inside pairs.
 * - Provider, client-facing: ties to people of departments (the business) against ties inside the provider;
 *   baseline from the number of department people D: (D − (n − 1)) / (D + n − 1). Ties to other providers
 *   are left out.
 *
 * No ties → value null (not NaN); a baseline needs N ≥ 2 (or D + n ≥ 2), else null; a difference needs both.
 * Options: weighted (default true; false counts ties), units (the unit graph: units without members get an
 * entry of zeros and nulls).
 */
import { edgeColumns, personUnits } from '../graphColumns.ts';
import type { PersonGraph, UnitGraph } from '../graphs.ts';

export interface EiValue {
  value: number | null;
  external: number;
  internal: number;
  baseline: number | null;
  /** value − baseline. */
  vsBaseline: number | null;
}

export interface UnitEi extends EiValue {
  members: number;
  /** Providers only: ties to the business (`external` = to department people) against ties inside. */
  clientFacing?: EiValue;
}

export interface EiIndexResult {
  metric: 'ei-index';
  people: Record<string, EiValue>;
  units: Record<string, UnitEi>;
  organisation: EiValue;
  options: { weighted: boolean };
  inputs: { people: number; departmentPeople: number; ties: number };
}

export function eiIndex(
  persons: PersonGraph,
  options: { weighted?: boolean; units?: UnitGraph } = {},
): EiIndexResult {
  const weighted = options.weighted ?? true;
  const sums = tieSums(persons, weighted);
  const N = persons.order;
  const size = new Map<string, number>();
  persons.forEachNode((_p, { unit }) => size.set(unit, (size.get(unit) ?? 0) + 1));
  const departmentPeople = persons.filterNodes((_p, a) => a.unitType === 'department').length;
  const people: Record<string, EiValue> = {};
  persons.forEachNode((person, { unit }) => {
    const own = sums.get(person)!;
    people[person] = ei(own.external, own.internal, baseline(N - size.get(unit)!, size.get(unit)! - 1));
  });
  const units: Record<string, UnitEi> = {};
  options.units?.forEachNode((unit) => (units[unit] = { members: 0, ...ei(0, 0, null) }));
  for (const [unit, total] of unitSums(persons, sums)) {
    const n = size.get(unit)!;
    units[unit] = { members: n, ...ei(total.external, total.internal, baseline(N - n, n - 1)) };
    if (total.provider)
      units[unit].clientFacing = ei(total.clients, total.internal, baseline(departmentPeople, n - 1));
  }
  return {
    metric: 'ei-index',
    people,
    units,
    organisation: organisationEi(persons, weighted, [...size.values()]),
    options: { weighted },
    inputs: { people: N, departmentPeople, ties: persons.size },
  };
}

type TieSums = Map<string, { external: number; internal: number; clients: number }>;

/** Per unit, its members' sums (tie ends), and whether it is a provider. */
function unitSums(persons: PersonGraph, sums: TieSums) {
  const totals = new Map<
    string,
    { external: number; internal: number; clients: number; provider: boolean }
  >();
  persons.forEachNode((person, { unit, unitType }) => {
    const own = sums.get(person)!;
    const total = totals.get(unit) ?? {
      external: 0,
      internal: 0,
      clients: 0,
      provider: unitType === 'provider',
    };
    total.external += own.external;
    total.internal += own.internal;
    total.clients += own.clients;
    totals.set(unit, total);
  });
  return totals;
}

function tieSums(persons: PersonGraph, weighted: boolean): TieSums {
  const { nodes, source, target, weight } = edgeColumns(persons);
  const { unitOf, inDepartment } = personUnits(persons);
  const external = new Float64Array(nodes.length);
  const internal = new Float64Array(nodes.length);
  const clients = new Float64Array(nodes.length);
  for (let k = 0; k < source.length; k++) {
    const w = weighted ? weight[k]! : 1;
    const [a, b] = [source[k]!, target[k]!];
    if (unitOf[a] === unitOf[b]) {
      internal[a]! += w;
      internal[b]! += w;
      continue;
    }
    external[a]! += w;
    external[b]! += w;
    if (inDepartment[b]) clients[a]! += w;
    if (inDepartment[a]) clients[b]! += w;
  }
  return new Map(
    nodes.map((person, n) => [
      person,
      { external: external[n]!, internal: internal[n]!, clients: clients[n]! },
    ]),
  );
}

function organisationEi(persons: PersonGraph, weighted: boolean, sizes: number[]): EiValue {
  const { source, target, weight } = edgeColumns(persons);
  const { unitOf } = personUnits(persons);
  let [external, internal] = [0, 0];
  for (let k = 0; k < source.length; k++) {
    if (unitOf[source[k]!] === unitOf[target[k]!]) internal += weighted ? weight[k]! : 1;
    else external += weighted ? weight[k]! : 1;
  }
  const N = persons.order;
  const insidePairs = sizes.reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  return ei(external, internal, baseline((N * (N - 1)) / 2 - insidePairs, insidePairs));
}

/** (outside − inside) / (outside + inside) possible contacts: E-I under random mixing. */
function baseline(outside: number, inside: number): number | null {
  return outside + inside > 0 ? (outside - inside) / (outside + inside) : null;
}

function ei(external: number, internal: number, expected: number | null): EiValue {
  const value = external + internal > 0 ? (external - internal) / (external + internal) : null;
  return {
    value,
    external,
    internal,
    baseline: expected,
    vsBaseline: value === null || expected === null ? null : value - expected,
  };
}
