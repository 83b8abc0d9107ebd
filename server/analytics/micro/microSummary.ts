/**
 * The micro-cycle numbers of one dyad or one unit pair (DESIGN §3.4), from its aggregated one-on-ones in the
 * window: count and total duration, cadence, recency and tenure, negotiated share, promise-keeping, cycle time
 * (engagement → delivery), initiation balance β and mean sentiment. Every number keeps the counts it rests on.
 */
import type { DyadRow } from '../projection/projectedRows.ts';
import { DAY_MS } from '../periods.ts';
import { initiationBalance } from '../relationship.ts';
import { mean, median, share } from '../statistics.ts';
import type { TimeWindow } from '../window.ts';
import { cadence, type Cadence } from './cadence.ts';
import { promiseKeeping, type PromiseKeeping } from './promiseKeeping.ts';

/** What a dyad or a unit pair contributes: the dyad row without its ids. */
export type MicroAggregate = Omit<DyadRow, 'a' | 'b' | 'unitA' | 'unitB'>;

export interface MicroSummary {
  count: number;
  durationMin: number;
  cadence: Cadence;
  /** Days from the last one-on-one in the window to the window end. */
  recencyDays: number;
  /** Days from the first one-on-one (in the history horizon) to the window end. */
  tenureDays: number;
  negotiated: { count: number; share: number };
  promises: PromiseKeeping;
  /** Days from an engagement to its delivery, over the dated deliveries. */
  cycleTime: { medianDays: number | null; meanDays: number | null; deliveries: number };
  /** β = (a − b) / (a + b) over the one-on-ones each side started. */
  initiation: { byA: number; byB: number; beta: number | null };
  sentiment: { mean: number | null; count: number };
}

export function summariseMicro(aggregate: MicroAggregate, window: TimeWindow): MicroSummary {
  const end = window.to.getTime();
  let last = -Infinity;
  for (const t of aggregate.times) if (t > last) last = t;
  return {
    count: aggregate.count,
    durationMin: aggregate.durationMin,
    cadence: cadence(aggregate.times),
    recencyDays: (end - last) / DAY_MS,
    tenureDays: (end - aggregate.firstAt) / DAY_MS,
    negotiated: { count: aggregate.negotiated, share: share(aggregate.negotiated, aggregate.count) ?? 0 },
    promises: promiseKeeping(aggregate),
    cycleTime: {
      medianDays: median(aggregate.cycleDays),
      meanDays: mean(aggregate.cycleDays),
      deliveries: aggregate.cycleDays.length,
    },
    initiation: {
      byA: aggregate.initiatedByA,
      byB: aggregate.initiatedByB,
      beta: initiationBalance(aggregate.initiatedByA, aggregate.initiatedByB),
    },
    sentiment: {
      mean: share(aggregate.sentimentSum, aggregate.sentimentCount),
      count: aggregate.sentimentCount,
    },
  };
}

/** Adds `next` into `into` (lists appended, counts summed, the earliest first contact kept). */
export function addMicro(into: MicroAggregate, next: MicroAggregate, swap: boolean): void {
  into.firstAt = Math.min(into.firstAt, next.firstAt);
  for (const t of next.times) into.times.push(t);
  for (const d of next.cycleDays) into.cycleDays.push(d);
  into.count += next.count;
  into.durationMin += next.durationMin;
  into.negotiated += next.negotiated;
  into.initiatedByA += swap ? next.initiatedByB : next.initiatedByA;
  into.initiatedByB += swap ? next.initiatedByA : next.initiatedByB;
  into.kept += next.kept;
  into.late += next.late;
  into.missed += next.missed;
  into.pending += next.pending;
  into.sentimentSum += next.sentimentSum;
  into.sentimentCount += next.sentimentCount;
}

export function emptyMicro(): MicroAggregate {
  return {
    firstAt: Infinity,
    times: [],
    count: 0,
    durationMin: 0,
    negotiated: 0,
    initiatedByA: 0,
    initiatedByB: 0,
    kept: 0,
    late: 0,
    missed: 0,
    pending: 0,
    cycleDays: [],
    sentimentSum: 0,
    sentimentCount: 0,
  };
}
