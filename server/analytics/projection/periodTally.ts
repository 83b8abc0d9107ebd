/**
 * One period's facts of one unit pair, tallied engagement by engagement (the sums of
 * cypher/reference/projection/relationshipPeriods.cypher); the people of each side are kept as sets until the
 * period is done.
 */
import type { EngagementTable } from './engagementTable.ts';
import type { PeriodFacts } from './projectedRows.ts';
import type { PersonFacts } from './roster.ts';

export interface PeriodTally extends Omit<PeriodFacts, 'peopleA' | 'peopleB'> {
  sideA: Set<number>;
  sideB: Set<number>;
}

/** One literal, not spreads: a window of `l` opens tens of thousands of these, and spreads cost a copy each. */
export function emptyFacts(period: number): PeriodTally {
  // prettier-ignore
  return {
    period, volume: 0, sideA: new Set(), sideB: new Set(), manyOnOne: 0, meeting: 0, transaction: 0,
    support: 0, community: 0, initiatedByA: 0, initiatedByB: 0, reactiveByA: 0, reactiveByB: 0,
    supportByA: 0, supportByB: 0, negotiated: 0, negotiatedSupport: 0, kept: 0, late: 0, missed: 0,
    sentimentSum: 0, sentimentCount: 0, leadersBoth: 0, planning: 0, durationMin: 0,
  };
}

/**
 * The period's facts once it is done: the sides counted. A literal in the order the tally had its keys (what an
 * object rest gave before), not a rest spread: a window of `l` finishes tens of thousands of periods, and a rest
 * spread of 25 fields is a slow runtime copy each.
 */
export function finishedFacts(t: PeriodTally): PeriodFacts {
  // prettier-ignore
  return {
    period: t.period, volume: t.volume, manyOnOne: t.manyOnOne, meeting: t.meeting, transaction: t.transaction,
    support: t.support, community: t.community, initiatedByA: t.initiatedByA, initiatedByB: t.initiatedByB,
    reactiveByA: t.reactiveByA, reactiveByB: t.reactiveByB, supportByA: t.supportByA, supportByB: t.supportByB,
    negotiated: t.negotiated, negotiatedSupport: t.negotiatedSupport, kept: t.kept, late: t.late, missed: t.missed,
    sentimentSum: t.sentimentSum, sentimentCount: t.sentimentCount, leadersBoth: t.leadersBoth,
    planning: t.planning, durationMin: t.durationMin, peopleA: t.sideA.size, peopleB: t.sideB.size,
  };
}

/**
 * One engagement seen by one unit pair. Units are top-level unit numbers (PersonFacts.topUnitNumber). The
 * projection fills one Occurrence and updates it per pair rather than allocating one per call.
 */
export interface Occurrence {
  table: EngagementTable;
  facts: PersonFacts;
  /** The engagement, and its participations that have a top-level unit. */
  i: number;
  present: readonly number[];
  a: number;
  b: number;
  initiatorUnit: number;
  promise: 'kept' | 'late' | 'missed' | null;
}

export function addToPeriod(tally: PeriodTally, o: Occurrence): void {
  const { table, facts, i } = o;
  const kind = table.kind[i]!;
  const n = o.present.length;
  let [leaderA, leaderB] = [false, false];
  for (const k of o.present) {
    const person = table.participant[k]!;
    const unit = facts.topUnitNumber[person];
    if (unit === o.a) {
      tally.sideA.add(person);
      leaderA ||= facts.leader[person] === 1;
    } else if (unit === o.b) {
      tally.sideB.add(person);
      leaderB ||= facts.leader[person] === 1;
    }
  }
  const [byA, byB] = [o.initiatorUnit === o.a, o.initiatorUnit === o.b];
  const reactive = kind === 'support' || kind === 'transaction';
  const negotiated = table.negotiated[i] === 1;
  tally.volume++;
  if (n >= 3) tally.manyOnOne++;
  countKind(tally, kind);
  if (byA) tally.initiatedByA++;
  if (byB) tally.initiatedByB++;
  if (byA && reactive) tally.reactiveByA++;
  if (byB && reactive) tally.reactiveByB++;
  if (byA && kind === 'support') tally.supportByA++;
  if (byB && kind === 'support') tally.supportByB++;
  if (negotiated) tally.negotiated++;
  if (negotiated && kind === 'support') tally.negotiatedSupport++;
  if (o.promise === 'kept') tally.kept++;
  else if (o.promise === 'late') tally.late++;
  else if (o.promise === 'missed') tally.missed++;
  const sentiment = table.sentiment[i]!;
  if (!Number.isNaN(sentiment)) {
    tally.sentimentSum += sentiment;
    tally.sentimentCount++;
  }
  const leadersBoth = leaderA && leaderB;
  if (leadersBoth) tally.leadersBoth++;
  if (leadersBoth && n >= 3 && kind === 'meeting') tally.planning++;
  tally.durationMin += table.durationMin[i]!;
}

/** The kinds counted one by one; a switch, not a keyed store: this runs per engagement and unit pair. */
function countKind(tally: PeriodTally, kind: string): void {
  if (kind === 'meeting') tally.meeting++;
  else if (kind === 'transaction') tally.transaction++;
  else if (kind === 'support') tally.support++;
  else if (kind === 'community') tally.community++;
}
