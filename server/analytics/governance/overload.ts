/**
 * Overload (seed principle 5, "appropriate boundaries"): people who carry too much of the bridging load. A
 * person is overloaded when their betweenness (the share of shortest paths between people that pass through
 * them, normalised as NetworkX does) is above the window's `percentile` of everyone's, they hold no leadership
 * role (a leader bridging is the job; staff and BRMs bridging alone is a risk to them and to the link), and they
 * tie to at least `minUnits` top-level units besides their own. Each comes with the numbers in words.
 * Percentile: linear interpolation between the closest ranks (Hyndman & Fan 1996, type 7, R's default).
 */
import { z } from 'zod';
import type { NodeValues } from '../centrality/index.ts';
import type { PersonGraph, UnitGraph } from '../graphs.ts';

export const overloadRules = z.object({
  /** Betweenness above this quantile of the window's people. Default 0.95. */
  percentile: z.number().min(0).max(1).default(0.95),
  /** Top-level units besides their own that a person ties to, at least. Default 4. */
  minUnits: z.number().int().min(0).default(4),
});
export type OverloadRules = z.infer<typeof overloadRules>;
export const DEFAULT_OVERLOAD_RULES: OverloadRules = overloadRules.parse({});

export interface OverloadedPerson {
  id: string;
  betweenness: number;
  /** Top-level units other than their own that they tie to, sorted. */
  units: string[];
  reason: string;
}

export interface OverloadResult {
  /** The window's betweenness at the percentile: above it counts. */
  threshold: number;
  people: OverloadedPerson[];
  options: OverloadRules;
}

/** The q-quantile of the values (type 7); null for none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (at - low) * (sorted[high]! - sorted[low]!);
}

export function overload(
  graphs: { persons: PersonGraph; units: UnitGraph },
  betweenness: NodeValues,
  rules: OverloadRules = DEFAULT_OVERLOAD_RULES,
): OverloadResult {
  const { persons } = graphs;
  const values = persons.nodes().map((id) => betweenness[id] ?? 0);
  const threshold = quantile(values, rules.percentile) ?? 0;
  const top = topUnitOf(graphs.units);
  const people = persons
    .filterNodes((id, attributes) => (betweenness[id] ?? 0) > threshold && attributes.role !== 'leader')
    .flatMap((id) => {
      const own = top(persons.getNodeAttribute(id, 'unit'));
      const units = [...new Set(persons.mapNeighbors(id, (_n, a) => top(a.unit)))]
        .filter((u) => u !== own)
        .sort();
      if (units.length < rules.minUnits) return [];
      const value = betweenness[id] ?? 0;
      return [
        {
          id,
          betweenness: value,
          units,
          reason: reasonOf(value, units.length, persons.getNodeAttribute(id, 'role')),
        },
      ];
    })
    .sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1));
  return { threshold, people, options: rules };
}

/** Unit id → its top-level unit (the PART_OF chain up the unit graph's `parent`). */
function topUnitOf(units: UnitGraph): (unit: string) => string {
  return (unit) => {
    let current = unit;
    for (let steps = 0; steps < units.order && units.hasNode(current); steps++) {
      const parent = units.getNodeAttribute(current, 'parent');
      if (!parent) break;
      current = parent;
    }
    return current;
  };
}

function reasonOf(betweenness: number, units: number, role: string): string {
  const percent = betweenness * 100;
  const share = percent >= 1 ? Math.round(percent).toString() : percent.toFixed(1);
  const who = role === 'brm' ? 'a BRM, not in a leadership role' : 'not in a leadership role';
  return `Carries ${share} % of the shortest paths between people; ties to ${units} other units; ${who}.`;
}
