/**
 * The relationship facts per period for every pair of top-level units, from an engagement table (DESIGN §3.5,
 * §3.6; the reference and its rules in full: cypher/reference/projection/relationshipPeriods.cypher). Only
 * participants with a top-level unit count; an engagement relates its initiator's unit to each other unit
 * present; period = whole periods from the engagement to the window end; the median gap is taken over the
 * gaps that end at or after gapSince.
 */
import type { EngagementTable } from './engagementTable.ts';
import type { PeriodFacts, RelationshipHistory } from './projectedRows.ts';
import { promiseOf } from './projectMicroDyads.ts';
import { inChunks } from './pace.ts';
import type { PersonFacts } from './roster.ts';
import { addToPeriod, emptyFacts, type PeriodTally } from './periodTally.ts';

const DAY_MS = 86_400_000;

export interface PeriodRange {
  since: number;
  to: number;
  periodMs: number;
  gapSince: number;
}

interface Pair {
  a: string;
  b: string;
  times: number[];
  periods: Map<number, PeriodTally>;
}

export async function projectRelationshipPeriods(
  table: EngagementTable,
  facts: PersonFacts,
  range: PeriodRange,
): Promise<RelationshipHistory[]> {
  const pairs = new Map<string, Pair>();
  const present: number[] = [];
  await inChunks(table.size, (i) => {
    const at = table.at[i]!;
    if (at < range.since || at >= range.to) return;
    present.length = 0;
    let initiatorUnit: string | null = null;
    const units: string[] = [];
    for (let k = table.start[i]!; k < table.start[i + 1]!; k++) {
      const unit = facts.topUnit[table.participant[k]!];
      if (!unit) continue;
      present.push(k);
      if (!units.includes(unit)) units.push(unit);
      if (initiatorUnit === null && table.initiator[k]) initiatorUnit = unit;
    }
    if (units.length < 2 || initiatorUnit === null) return;
    const period = Math.trunc((range.to - at) / range.periodMs);
    const promise = promiseOf(table, i, range.to);
    for (const other of units) {
      if (other === initiatorUnit) continue;
      const [a, b] = initiatorUnit < other ? [initiatorUnit, other] : [other, initiatorUnit];
      const key = `${a}\u0000${b}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { a, b, times: [], periods: new Map() }));
      pair.times.push(at);
      let tally = pair.periods.get(period);
      if (!tally) pair.periods.set(period, (tally = emptyFacts(period)));
      addToPeriod(tally, {
        table,
        facts,
        i,
        present,
        a,
        b,
        initiatorUnit,
        promise: promise === 'pending' ? null : promise,
      });
    }
  });
  return [...pairs.values()].map((pair) => history(pair, range.gapSince));
}

function history(pair: Pair, gapSince: number): RelationshipHistory {
  const sorted = Float64Array.from(pair.times).sort();
  const gaps: number[] = [];
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k]! >= gapSince) gaps.push((sorted[k]! - sorted[k - 1]!) / DAY_MS);
  const periods: PeriodFacts[] = [...pair.periods.values()]
    .sort((x, y) => x.period - y.period)
    .map(({ sideA, sideB, ...rest }) => ({ ...rest, peopleA: sideA.size, peopleB: sideB.size }));
  return {
    a: pair.a,
    b: pair.b,
    firstAt: sorted[0]!,
    lastAt: sorted[sorted.length - 1]!,
    medianGapDays: gaps.length ? percentileCont(gaps, 0.5) : null,
    periods,
  };
}

/** Neo4j's percentileCont: linear interpolation between the two nearest ranks. */
function percentileCont(values: number[], percentile: number): number {
  const sorted = Float64Array.from(values).sort();
  const index = percentile * (sorted.length - 1);
  const [floor, ceil] = [Math.floor(index), Math.ceil(index)];
  if (floor === ceil) return sorted[floor]!;
  return sorted[floor]! * (ceil - index) + sorted[ceil]! * (index - floor);
}
