/**
 * The monthly series of one relationship (DESIGN §3.5): per period, volume, breadth (distinct people on each
 * side), many-on-one share (engagements with three or more people), multiplexity (distinct engagement kinds)
 * and who initiated. Periods without engagements are present with zeros, from the relationship's first active
 * period (within the history read) to the window end.
 */
import type { PeriodFacts, RelationshipHistory } from '../projection/loadRelationshipPeriods.ts';
import { periodOf, type PeriodOptions } from '../periods.ts';
import { share } from '../statistics.ts';
import type { TimeWindow } from '../window.ts';
import { ENGAGEMENT_KINDS, type EngagementKind } from '../../schema/domain.ts';

export interface SeriesPoint {
  /** 0 = the newest period. */
  period: number;
  from: string;
  to: string;
  volume: number;
  breadthA: number;
  breadthB: number;
  /** breadthA + breadthB. */
  breadth: number;
  manyOnOneShare: number | null;
  multiplexity: number;
  initiatedByA: number;
  initiatedByB: number;
}

/** Period facts by index, oldest first, zero-filled: index i of the array is period (length − 1 − i). */
export function factsByPeriod(history: RelationshipHistory): Array<PeriodFacts | null> {
  const oldest = history.periods.reduce((max, p) => Math.max(max, p.period), 0);
  const facts = new Array<PeriodFacts | null>(oldest + 1).fill(null);
  for (const p of history.periods) facts[oldest - p.period] = p;
  return facts;
}

export function multiplexity(facts: Pick<PeriodFacts, EngagementKind>): number {
  return ENGAGEMENT_KINDS.reduce((n, kind) => n + (facts[kind] > 0 ? 1 : 0), 0);
}

export function relationshipSeries(
  history: RelationshipHistory,
  window: TimeWindow,
  options: PeriodOptions,
): SeriesPoint[] {
  const facts = factsByPeriod(history);
  return facts.map((f, i) => {
    const period = facts.length - 1 - i;
    const bounds = periodBounds(period, window, options);
    const [breadthA, breadthB] = [f?.peopleA ?? 0, f?.peopleB ?? 0];
    return {
      period,
      from: bounds.from,
      to: bounds.to,
      volume: f?.volume ?? 0,
      breadthA,
      breadthB,
      breadth: breadthA + breadthB,
      manyOnOneShare: f ? share(f.manyOnOne, f.volume) : null,
      multiplexity: f ? multiplexity(f) : 0,
      initiatedByA: f?.initiatedByA ?? 0,
      initiatedByB: f?.initiatedByB ?? 0,
    };
  });
}

/**
 * Period i's bounds as ISO text, worked out once per window and period length: every relationship's series has
 * the same periods (tens of thousands of series points in a window of `l`, each formatting two dates before).
 */
function periodBounds(
  period: number,
  window: TimeWindow,
  options: PeriodOptions,
): { from: string; to: string } {
  let byLength = boundsCache.get(window);
  if (!byLength) boundsCache.set(window, (byLength = new Map()));
  let bounds = byLength.get(options.periodDays);
  if (!bounds) byLength.set(options.periodDays, (bounds = []));
  if (!bounds[period]) {
    const { from, to } = periodOf(period, window, options);
    bounds[period] = { from: from.toISOString(), to: to.toISOString() };
  }
  return bounds[period];
}

const boundsCache = new WeakMap<TimeWindow, Map<number, Array<{ from: string; to: string }>>>();
