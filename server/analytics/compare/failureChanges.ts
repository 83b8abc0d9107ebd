/**
 * Single points of failure that appeared or went away between two periods: people whose absence would cut a
 * unit pair apart, by person, with the unit pairs they hold together in the period where they do.
 */
import type { CutPointsResult } from '../brokerage/index.ts';

export interface FailurePoint {
  person: string;
  unit: string | null;
  /** Distinct unit pairs this person alone connects. */
  unitPairs: number;
}

export interface FailureChanges {
  gained: FailurePoint[];
  lost: FailurePoint[];
}

export function failureChanges(before: CutPointsResult, after: CutPointsResult): FailureChanges {
  const was = byPerson(before);
  const is = byPerson(after);
  return {
    gained: [...is.values()].filter((point) => !was.has(point.person)),
    lost: [...was.values()].filter((point) => !is.has(point.person)),
  };
}

function byPerson(result: CutPointsResult): Map<string, FailurePoint> {
  return new Map(
    result.people.map((separation) => [
      separation.person,
      { person: separation.person, unit: separation.unit, unitPairs: separation.unitPairs },
    ]),
  );
}
