/**
 * The what-if answer in plain words, one sentence per finding: which units would be cut apart and why, how
 * each unit's isolation would move, who would become a single point of failure, who would carry the load.
 * Pure (strings only), so the words are tested without a page.
 */
import { formatNumber } from '../shell/dom.ts';
import type { WhatIfAnswer } from './request.ts';

type UnitShift = WhatIfAnswer['units'][number];
type Failure = NonNullable<WhatIfAnswer['singlePointsOfFailure']>[number];
type Rise = NonNullable<WhatIfAnswer['betweenness']>[number];

export function disconnectedSentences(answer: WhatIfAnswer): string[] {
  return answer.disconnected.map(({ names: [a, b], reason, tiesBefore }) => {
    const ties =
      tiesBefore === 0
        ? 'no direct tie between them now'
        : `${tiesBefore} ${tiesBefore === 1 ? 'tie' : 'ties'} between them now`;
    return reason === 'noPath'
      ? `${a} and ${b} would lose every path between them (${ties}).`
      : `${a} and ${b} would lose every direct tie (${ties}), reaching each other only through others.`;
  });
}

export function shiftSentence(unit: UnitShift): string {
  const { isolated, reach, ei, providersEngaged } = unit;
  const head =
    isolated.after && !isolated.before
      ? `${unit.name} would become isolated`
      : isolated.before && !isolated.after
        ? `${unit.name} would no longer be isolated`
        : `${unit.name} would change`;
  const moves = [
    moved('reach', reach, (n) => `${n} ${n === 1 ? 'unit' : 'units'}`),
    moved('E-I', ei, (n) => formatNumber(n)),
    providersEngaged ? moved('providers engaged', providersEngaged, String) : null,
  ].filter(Boolean);
  return `${head}${moves.length ? `: ${moves.join(', ')}` : ''}.`;
}

function moved<T extends number | null>(
  what: string,
  shift: { before: T; after: T },
  format: (value: number) => string,
): string | null {
  if (shift.before === shift.after) return null;
  const side = (value: T) => (value === null ? 'none' : format(value));
  return `${what} ${side(shift.before)} → ${side(shift.after)}`;
}

export function failureSentence(failure: Failure, unitName: (id: string) => string): string {
  const groups = failure.groups.map(
    (g) => `${g.units.map(unitName).join(', ')} to ${g.cutFrom.map(unitName).join(', ')}`,
  );
  return `${failure.name} (${unitName(failure.unit)}) would alone connect ${groups.join('; ')}.`;
}

export function loadSentence(rise: Rise, unitName: (id: string) => string): string {
  return (
    `${rise.name} (${unitName(rise.unit)}) would sit on the shortest paths of ${formatNumber(rise.rise)} ` +
    `more pairs of people (${formatNumber(rise.before)} → ${formatNumber(rise.after)}).`
  );
}
