/**
 * Who a what-if removes: the people named, and every member of the units named (a unit's sub-units go with it,
 * as IT's service desk goes with IT). Ids the window does not know are collected, not skipped, so that the
 * caller is told which ones (a silent skip would answer a different question than the one asked).
 */
import type { PersonGraph, UnitGraph } from '../graphs.ts';

export interface Removal {
  people: string[];
  units: string[];
}

export interface ResolvedRemoval {
  /** Every person removed: the named ones and the members of the named units. */
  people: Set<string>;
  /** The named units and their sub-units. */
  units: Set<string>;
  unknown: Removal;
}

export function resolveRemoval(
  graphs: { persons: PersonGraph; units: UnitGraph },
  removal: Removal,
): ResolvedRemoval {
  const { persons, units } = graphs;
  const unknown: Removal = {
    people: removal.people.filter((id) => !persons.hasNode(id)),
    units: removal.units.filter((id) => !units.hasNode(id)),
  };
  const named = new Set(removal.units.filter((id) => units.hasNode(id)));
  const removedUnits = new Set(units.filterNodes((unit) => withinAny(units, unit, named)));
  const people = new Set(removal.people.filter((id) => persons.hasNode(id)));
  persons.forEachNode((person, { unit }) => {
    if (removedUnits.has(unit)) people.add(person);
  });
  return { people, units: removedUnits, unknown };
}

/** Whether the unit is one of `named` or lies beneath one (PART_OF chain; a cycle ends the walk). */
function withinAny(units: UnitGraph, unit: string, named: Set<string>): boolean {
  const seen = new Set<string>();
  let current: string | undefined = unit;
  while (current !== undefined && !seen.has(current)) {
    if (named.has(current)) return true;
    seen.add(current);
    const parent: string | undefined = units.getNodeAttribute(current, 'parent');
    current = parent !== undefined && units.hasNode(parent) ? parent : undefined;
  }
  return false;
}
