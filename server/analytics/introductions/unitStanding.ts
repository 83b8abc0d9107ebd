/**
 * A unit's standing in the window as the isolation rules read it (silos/isolation.ts), with the sets behind its
 * numbers — the units it reaches, the members with an outside tie, the providers it engages — so that the
 * effect of one more tie can be worked out without recomputing the window (isolationEffect.ts).
 */
import type { PersonGraph } from '../graphs.ts';
import type { IsolationResult, SiloNumbers, UnitIsolation } from '../silos/index.ts';
import type { UnitStanding } from './isolationEffect.ts';

export function unitStanding(
  persons: PersonGraph,
  unit: string,
  numbers: SiloNumbers,
  isolation: IsolationResult,
): { standing: UnitStanding; judged: UnitIsolation } | null {
  const judged = isolation.units.find((u) => u.unit === unit);
  if (!judged?.numbers) return null;
  const outward = new Set<string>();
  persons.forEachNode((person, { unit: own }) => {
    if (own !== unit) return;
    if (persons.someNeighbor(person, (_other, attributes) => attributes.unit !== unit)) outward.add(person);
  });
  const ei = numbers.ei.units[unit]!;
  const coverage = numbers.coverage.departments[unit];
  return {
    judged,
    standing: {
      numbers: judged.numbers,
      external: ei.external,
      internal: ei.internal,
      reached: new Set(numbers.reached.units[unit]!.reachedUnits),
      outward,
      providersEngaged: coverage ? new Set(Object.keys(coverage.engaged)) : null,
    },
  };
}
