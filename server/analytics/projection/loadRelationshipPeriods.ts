/**
 * Loads the relationship facts per period: one row per pair of top-level units with its periods over the
 * history up to the window end, built in TypeScript (projectRelationshipPeriods.ts) from the window's one read.
 * The macro cycle, trust and maturity read these rows.
 */
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, periodMs, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { projectRelationshipPeriods } from './projectRelationshipPeriods.ts';
import { personFacts } from './roster.ts';
import { readStart, readWindow } from './windowRead.ts';

const count = z.number().int().min(0);

export const periodFacts = z.object({
  /** 0 = the newest period, ending at the window end. */
  period: count,
  volume: count,
  /** Distinct people of side a (b) taking part in the period. */
  peopleA: count,
  peopleB: count,
  /** Engagements with three or more participants. */
  manyOnOne: count,
  meeting: count,
  transaction: count,
  support: count,
  community: count,
  initiatedByA: count,
  initiatedByB: count,
  /** Support tickets and transactions started by side a (b): asks, not conversations. */
  reactiveByA: count,
  reactiveByB: count,
  /** Support tickets started by side a (b): routine operations, left out of the conversation measures. */
  supportByA: count,
  supportByB: count,
  negotiated: count,
  negotiatedSupport: count,
  kept: count,
  late: count,
  missed: count,
  sentimentSum: z.number(),
  sentimentCount: count,
  /** Engagements with a leader of each side. */
  leadersBoth: count,
  /** Many-on-one meetings with a leader of each side (joint planning). */
  planning: count,
  durationMin: z.number().min(0),
});
export type PeriodFacts = z.infer<typeof periodFacts>;

export const relationshipHistory = z.object({
  /** Top-level unit ids, a < b. */
  a: z.string(),
  b: z.string(),
  /** First and last engagement of the pair in the history (epoch ms). */
  firstAt: z.number(),
  lastAt: z.number(),
  /** Median days between consecutive engagements over the gap horizon; null with no gap there. */
  medianGapDays: z.number().nullable(),
  /** Active periods only, newest first. */
  periods: z.array(periodFacts),
});
export type RelationshipHistory = z.infer<typeof relationshipHistory>;

export interface RelationshipPeriodOptions extends PeriodOptions {
  /** Periods back from the window end over which gaps give the median gap (dormancy). Default 12. */
  gapPeriods?: number;
}

export function relationshipPeriodParams(
  window: TimeWindow,
  options: RelationshipPeriodOptions = DEFAULT_PERIOD_OPTIONS,
) {
  const gapPeriods = Math.min(options.gapPeriods ?? 12, options.historyPeriods);
  return {
    since: toDateTime(historyStart(window, options)),
    to: toDateTime(window.to),
    periodMs: periodMs(options),
    gapSince: toDateTime(historyStart(window, { ...options, historyPeriods: gapPeriods })),
  };
}

export async function loadRelationshipPeriods(
  db: Database,
  window: TimeWindow,
  options: RelationshipPeriodOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<RelationshipHistory[]> {
  const read = await readWindow(db, readStart(window, options), window.to.getTime());
  const gapPeriods = Math.min(options.gapPeriods ?? 12, options.historyPeriods);
  return projectRelationshipPeriods(read.table, personFacts(read.roster, read.table.personIds), {
    since: historyStart(window, options).getTime(),
    to: window.to.getTime(),
    periodMs: periodMs(options),
    gapSince: historyStart(window, { ...options, historyPeriods: gapPeriods }).getTime(),
  });
}
