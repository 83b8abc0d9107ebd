/**
 * The unit hierarchy (PART_OF, the import's parentId): a sub-unit such as IT's service desk counts for its
 * top-level unit when the question is "which providers does a department engage" or "does it reach IT".
 */
import type { PersonGraph, UnitGraph } from '../graphs.ts';

/** Unit → its top-level ancestor (itself at the top). A parent missing from the graph ends the chain; so does a cycle. */
export function topLevelUnits(units: UnitGraph): Map<string, string> {
  const top = new Map<string, string>();
  units.forEachNode((unit) => {
    const seen = new Set([unit]);
    let current = unit;
    for (;;) {
      const parent = units.getNodeAttribute(current, 'parent');
      if (!parent || !units.hasNode(parent) || seen.has(parent)) break;
      seen.add(parent);
      current = parent;
    }
    top.set(unit, current);
  });
  return top;
}

/** Person → the top-level unit of their primary unit (their primary unit when it is not in the unit graph). */
export function topLevelPartition(persons: PersonGraph, units: UnitGraph): Record<string, string> {
  const top = topLevelUnits(units);
  const partition: Record<string, string> = {};
  persons.forEachNode((person, { unit }) => (partition[person] = top.get(unit) ?? unit));
  return partition;
}
