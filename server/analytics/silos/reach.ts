/**
 * Reach of a unit (DESIGN §3.3): the distinct other units its members have ties with in the window, and the
 * members with no tie outside the unit — a department can look connected through one or two people while
 * everyone else works inward (Burt 1992 on range; the broker pattern). Units are the formal partition (each
 * person's primary unit). A member without any tie counts as a member without an external tie.
 * Share of members without an external tie: null for a unit without members (only with `units` given).
 */
import { edgeColumns, personUnits } from '../graphColumns.ts';
import type { PersonGraph, UnitGraph } from '../graphs.ts';

export interface UnitReach {
  /** Number of distinct other units reached. */
  reach: number;
  reachedUnits: string[];
  members: number;
  membersWithoutExternalTie: number;
  /** Members without any tie in the window. */
  membersWithoutTies: number;
  shareWithoutExternalTie: number | null;
}

export interface ReachResult {
  metric: 'reach';
  units: Record<string, UnitReach>;
  inputs: { people: number; ties: number };
}

export function reach(persons: PersonGraph, options: { units?: UnitGraph } = {}): ReachResult {
  const reached = new Map<string, Set<string>>();
  const members = new Map<string, { all: number; inward: number; silent: number }>();
  options.units?.forEachNode((unit) => {
    reached.set(unit, new Set());
    members.set(unit, { all: 0, inward: 0, silent: 0 });
  });
  persons.forEachNode((person, { unit }) => {
    if (!reached.has(unit)) reached.set(unit, new Set());
    const count = members.get(unit) ?? { all: 0, inward: 0, silent: 0 };
    count.all += 1;
    if (persons.degree(person) === 0) count.silent += 1;
    members.set(unit, count);
  });
  // one pass over the ties, not over every member's neighbours: same sets, a fraction of the lookups
  const { nodes, source, target } = edgeColumns(persons);
  const { unitIds, unitOf } = personUnits(persons);
  const outward = new Uint8Array(nodes.length);
  const partners = unitIds.map(() => new Set<number>());
  for (let k = 0; k < source.length; k++) {
    const [a, b] = [source[k]!, target[k]!];
    if (unitOf[a] === unitOf[b]) continue;
    outward[a] = outward[b] = 1;
    partners[unitOf[a]!]!.add(unitOf[b]!);
    partners[unitOf[b]!]!.add(unitOf[a]!);
  }
  partners.forEach((set, u) => set.forEach((partner) => reached.get(unitIds[u]!)!.add(unitIds[partner]!)));
  nodes.forEach((_person, n) => {
    if (!outward[n]) members.get(unitIds[unitOf[n]!]!)!.inward += 1;
  });
  const units: Record<string, UnitReach> = {};
  for (const [unit, set] of reached) {
    const count = members.get(unit)!;
    units[unit] = {
      reach: set.size,
      reachedUnits: [...set].sort(),
      members: count.all,
      membersWithoutExternalTie: count.inward,
      membersWithoutTies: count.silent,
      shareWithoutExternalTie: count.all > 0 ? count.inward / count.all : null,
    };
  }
  return { metric: 'reach', units, inputs: { people: persons.order, ties: persons.size } };
}
