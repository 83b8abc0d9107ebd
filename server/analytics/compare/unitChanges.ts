/**
 * How each unit's isolation moved between two periods: the flag, E-I, reach and its rank in the isolation
 * ranking (1 = most isolated), side by side. A unit present in one period only has nulls for the other.
 */
import type { IsolationResult } from '../silos/index.ts';

export interface UnitComparison {
  id: string;
  isolatedBefore: boolean | null;
  isolatedAfter: boolean | null;
  eiBefore: number | null;
  eiAfter: number | null;
  reachBefore: number | null;
  reachAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
}

interface UnitStanding {
  isolated: boolean;
  ei: number | null;
  reach: number;
  rank: number;
}

export function unitChanges(before: IsolationResult, after: IsolationResult): UnitComparison[] {
  const was = standings(before);
  const is = standings(after);
  const ids = [...new Set([...was.keys(), ...is.keys()])].sort();
  return ids.map((id) => {
    const b = was.get(id);
    const a = is.get(id);
    return {
      id,
      isolatedBefore: b?.isolated ?? null,
      isolatedAfter: a?.isolated ?? null,
      eiBefore: b?.ei ?? null,
      eiAfter: a?.ei ?? null,
      reachBefore: b?.reach ?? null,
      reachAfter: a?.reach ?? null,
      rankBefore: b?.rank ?? null,
      rankAfter: a?.rank ?? null,
    };
  });
}

/** Units with members in the period, ranked as the silos view ranks them (the isolation result's order). */
function standings(result: IsolationResult): Map<string, UnitStanding> {
  const judged = result.units.filter((unit) => unit.numbers !== null);
  return new Map(
    judged.map((unit, index) => [
      unit.unit,
      { isolated: unit.flagged, ei: unit.numbers!.ei, reach: unit.numbers!.reach, rank: index + 1 },
    ]),
  );
}
