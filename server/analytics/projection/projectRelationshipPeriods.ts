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
import { addToPeriod, emptyFacts, finishedFacts, type Occurrence, type PeriodTally } from './periodTally.ts';
import { DAY_MS } from '../periods.ts';

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
  /** By period number (0 = the window's own); a hole where the pair met no engagement. */
  periods: PeriodTally[];
}

export async function projectRelationshipPeriods(
  table: EngagementTable,
  facts: PersonFacts,
  range: PeriodRange,
): Promise<RelationshipHistory[]> {
  // Units as numbers and pairs keyed a · units + b: no string built or hashed per engagement and pair.
  const unitCount = facts.unitIds.length;
  const pairs = new Map<number, Pair>();
  const present: number[] = [];
  const units: number[] = [];
  const seen: Occurrence = { table, facts, i: 0, present, a: 0, b: 0, initiatorUnit: 0, promise: null };
  await inChunks(table.size, (i) => {
    const at = table.at[i]!;
    if (at < range.since || at >= range.to) return;
    const initiatorUnit = unitsPresent(table, facts, i, present, units);
    if (units.length < 2 || initiatorUnit < 0) return;
    const period = Math.trunc((range.to - at) / range.periodMs);
    const promise = promiseOf(table, i, range.to);
    seen.i = i;
    seen.initiatorUnit = initiatorUnit;
    seen.promise = promise === 'pending' ? null : promise;
    for (const other of units) {
      if (other === initiatorUnit) continue;
      const a = Math.min(initiatorUnit, other);
      const b = Math.max(initiatorUnit, other);
      let pair = pairs.get(a * unitCount + b);
      if (!pair) {
        pair = { a: facts.unitIds[a]!, b: facts.unitIds[b]!, times: [], periods: [] };
        pairs.set(a * unitCount + b, pair);
      }
      pair.times.push(at);
      const tally = (pair.periods[period] ??= emptyFacts(period));
      seen.a = a;
      seen.b = b;
      addToPeriod(tally, seen);
    }
  });
  return [...pairs.values()].map((pair) => history(pair, range.gapSince));
}

/**
 * Fills `present` with engagement i's participations that have a top-level unit and `units` with those units
 * (each once, in order of appearance); answers the first initiator's unit, or −1.
 */
function unitsPresent(
  table: EngagementTable,
  facts: PersonFacts,
  i: number,
  present: number[],
  units: number[],
): number {
  present.length = 0;
  units.length = 0;
  let initiatorUnit = -1;
  for (let k = table.start[i]!; k < table.start[i + 1]!; k++) {
    const unit = facts.topUnitNumber[table.participant[k]!]!;
    if (unit < 0) continue;
    present.push(k);
    if (!units.includes(unit)) units.push(unit);
    if (initiatorUnit < 0 && table.initiator[k]) initiatorUnit = unit;
  }
  return initiatorUnit;
}

function history(pair: Pair, gapSince: number): RelationshipHistory {
  const sorted = Float64Array.from(pair.times).sort();
  const gaps: number[] = [];
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k]! >= gapSince) gaps.push((sorted[k]! - sorted[k - 1]!) / DAY_MS);
  const periods: PeriodFacts[] = [];
  for (const tally of pair.periods) if (tally) periods.push(finishedFacts(tally));
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
