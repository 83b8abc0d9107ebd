/**
 * The most important changes between two periods, each in one plain sentence for a leader: a unit that became
 * isolated or reconnected first, then people who became (or stopped being) the only link between units, then
 * ties gained, lost, stronger and weaker by the size of their move. Steady ties say nothing.
 */
import type { FailurePoint, PairWithStages, UnitComparison } from '../analytics/compare/index.ts';
import type { CompareAnswer } from '../schema/compare.ts';

type ChangeLine = CompareAnswer['changes'][number];
export type Namer = (id: string) => string;

const MOST = 20;
const perMonth = (value: number) => `${value.toFixed(1)} engagements a month`;

export function changeSentences(
  input: {
    pairs: PairWithStages[];
    units: UnitComparison[];
    failures?: { gained: FailurePoint[]; lost: FailurePoint[] };
  },
  names: { unit: Namer; person: Namer; level: 'unit' | 'person' },
): ChangeLine[] {
  const { unit: unitName, person: personName } = names;
  const pairName = names.level === 'unit' ? unitName : personName;
  // Pairs are ranked by importance before any sentence is written: only the MOST shown are worded.
  const pairs = input.pairs
    .filter((pair) => pair.change !== 'steady')
    .map((pair) => ({ pair, importance: pairImportance(pair) }))
    .sort((x, y) => y.importance - x.importance)
    .slice(0, MOST)
    .map(({ pair }) => pairLine(pair, pairName, names.level));
  return [
    ...input.units.flatMap((unit) => isolationLine(unit, unitName)),
    ...(input.failures?.gained ?? []).map((f) => failureLine(f, 'failureGained', unitName, personName)),
    ...(input.failures?.lost ?? []).map((f) => failureLine(f, 'failureLost', unitName, personName)),
    ...pairs,
  ]
    .sort((x, y) => y.importance - x.importance)
    .slice(0, MOST);
}

function isolationLine(unit: UnitComparison, name: Namer): ChangeLine[] {
  if (unit.isolatedAfter === true && unit.isolatedBefore !== true) {
    const was =
      unit.isolatedBefore === null ? 'it had no one active in the first period' : 'it was not before';
    return [
      {
        kind: 'isolated',
        text: `${name(unit.id)} is now isolated (${was}).`,
        importance: 1000,
        units: [unit.id],
      },
    ];
  }
  if (unit.isolatedBefore === true && unit.isolatedAfter === false) {
    return [
      {
        kind: 'reconnected',
        text: `${name(unit.id)} is no longer isolated.`,
        importance: 900,
        units: [unit.id],
      },
    ];
  }
  return [];
}

function failureLine(
  point: FailurePoint,
  kind: 'failureGained' | 'failureLost',
  unitName: Namer,
  personName: Namer,
): ChangeLine {
  const who = `${personName(point.person)}${point.unit ? ` (${unitName(point.unit)})` : ''}`;
  const pairs = `${point.unitPairs} unit pair${point.unitPairs === 1 ? '' : 's'}`;
  const text =
    kind === 'failureGained'
      ? `${who} is now the only link holding ${pairs} together.`
      : `${who} is no longer the only link between ${pairs}.`;
  const units = point.unit ? [point.unit] : [];
  return { kind, text, importance: 500 + point.unitPairs, units, person: point.person };
}

function pairImportance(pair: PairWithStages): number {
  const weight = pair.change === 'gained' || pair.change === 'lost' ? 1.5 : 1;
  return Math.abs(pair.delta) * weight;
}

function pairLine(pair: PairWithStages, name: Namer, level: 'unit' | 'person'): ChangeLine {
  const both = `${name(pair.a)} and ${name(pair.b)}`;
  const stage =
    pair.stageBefore && pair.stageAfter && pair.stageBefore !== pair.stageAfter
      ? `; the relationship went from ${pair.stageBefore} to ${pair.stageAfter}`
      : '';
  const percent =
    pair.relative === null ? '' : ` (${pair.relative > 0 ? '+' : ''}${Math.round(pair.relative * 100)} %)`;
  const change = pair.change as Exclude<PairWithStages['change'], 'steady'>;
  const text = {
    gained: () => `${both} started working together: ${perMonth(pair.after)}${stage}.`,
    lost: () => `${both} stopped working together (${perMonth(pair.before)} before)${stage}.`,
    stronger: () =>
      `${both} work together more: ${pair.before.toFixed(1)} → ${perMonth(pair.after)}${percent}${stage}.`,
    weaker: () =>
      `${both} work together less: ${pair.before.toFixed(1)} → ${perMonth(pair.after)}${percent}${stage}.`,
  }[change]();
  const about = level === 'unit' ? { units: [pair.a, pair.b] } : { units: [], people: [pair.a, pair.b] };
  return { kind: change, text, importance: pairImportance(pair), ...about };
}
