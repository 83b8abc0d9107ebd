/**
 * How each unit's isolation would move: its flag, E-I, reach, providers engaged and isolation score before and
 * after the removal, for the units that keep members and whose numbers change. Flag changes come first, then the
 * largest moves of score.
 */
import type { IsolationResult, UnitIsolation } from '../silos/index.ts';

export interface Shift<T> {
  before: T;
  after: T;
}

export interface UnitShift {
  unit: string;
  isolated: Shift<boolean>;
  ei: Shift<number | null>;
  reach: Shift<number>;
  /** Departments only; null for providers. */
  providersEngaged: Shift<number> | null;
  score: Shift<number>;
  /** Members in the window before and after. */
  members: Shift<number>;
}

const EPSILON = 1e-9;

export function unitShifts(before: IsolationResult, after: IsolationResult): UnitShift[] {
  const was = judged(before);
  const shifts: UnitShift[] = [];
  for (const [unit, a] of judged(after)) {
    const b = was.get(unit);
    if (!b) continue;
    const shift = shiftOf(unit, b, a);
    if (changed(shift)) shifts.push(shift);
  }
  return shifts.sort(
    (x, y) =>
      Number(y.isolated.before !== y.isolated.after) - Number(x.isolated.before !== x.isolated.after) ||
      Math.abs(y.score.after - y.score.before) - Math.abs(x.score.after - x.score.before) ||
      (x.unit < y.unit ? -1 : 1),
  );
}

type Judged = UnitIsolation & { numbers: NonNullable<UnitIsolation['numbers']>; score: number };

function judged(result: IsolationResult): Map<string, Judged> {
  return new Map(
    result.units.filter((u): u is Judged => u.numbers !== null && u.score !== null).map((u) => [u.unit, u]),
  );
}

function shiftOf(unit: string, b: Judged, a: Judged): UnitShift {
  const providers =
    b.numbers.providersEngaged === undefined || a.numbers.providersEngaged === undefined
      ? null
      : { before: b.numbers.providersEngaged, after: a.numbers.providersEngaged };
  return {
    unit,
    isolated: { before: b.flagged, after: a.flagged },
    ei: { before: b.numbers.ei, after: a.numbers.ei },
    reach: { before: b.numbers.reach, after: a.numbers.reach },
    providersEngaged: providers,
    score: { before: b.score, after: a.score },
    members: { before: b.numbers.members, after: a.numbers.members },
  };
}

function changed(shift: UnitShift): boolean {
  const differs = (x: number | null, y: number | null) =>
    x === null || y === null ? x !== y : Math.abs(x - y) > EPSILON;
  return (
    shift.isolated.before !== shift.isolated.after ||
    differs(shift.ei.before, shift.ei.after) ||
    shift.reach.before !== shift.reach.after ||
    (shift.providersEngaged !== null && shift.providersEngaged.before !== shift.providersEngaged.after)
  );
}
