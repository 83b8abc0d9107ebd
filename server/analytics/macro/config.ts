/**
 * The thresholds of the macro cycle's stage rules (DESIGN §3.5), in one place with their defaults. Stages follow
 * Dwyer, Schurr & Oh (1987), "Developing buyer–seller relationships", Journal of Marketing 51(2): awareness and
 * exploration (forming), expansion (growing), commitment (sustaining), dissolution (declining, then dormant).
 * Growth is the least-squares slope of volume per period over the trailing periods, relative to the mean volume
 * of those periods (so +0.1 = rising by a tenth of the usual volume each period, whatever the relationship's
 * size).
 *
 * The stage is a statement about the trend as of the window's end, judged on fixed trailing spans of periods
 * (trendSpans below), never on the window's length: a 30-day and a 365-day window ending on the same day give a
 * relationship the same stage, and a steadily falling series reads "declining" at every length.
 */
import { z } from 'zod';

export const stageRules = z.object({
  /** Periods (30 days by default) over which growth is measured. Default 6. */
  trailingPeriods: z.number().int().min(2).default(6),
  /** Relative slope per period at or beyond which volume counts as rising or falling. Default 0.08. */
  growthThreshold: z.number().positive().default(0.08),
  /** …and the fitted change over the span (slope × (periods − 1)) must reach this many engagements, so that a
   * pair going from one contact a month to two is not "growing". Default 3. */
  minChange: z.number().min(0).default(3),
  /** Trend spans in a row with volume falling for a decline (each ending decliningStepPeriods before the
   * next). Default 2. */
  decliningWindows: z.number().int().min(1).default(2),
  /** Periods between the ends of two trend spans the declining rule looks at. Fixed, not the window's length,
   * so the stage as of a date is the same whatever window ends there. Default 3. */
  decliningStepPeriods: z.number().int().min(1).default(3),
  /** Growing also needs breadth (people on both sides) to rise: relative slope above this. Default 0. */
  breadthRising: z.number().default(0),
  /** Dormant: silent for more than this many median gaps… Default 3. */
  dormantGaps: z.number().positive().default(3),
  /** …and for at least this many days (a daily relationship is not dormant after four quiet days). Default 45. */
  dormantMinDays: z.number().min(0).default(45),
  /** Forming: first contact fewer than this many days before the window end… Default 90. */
  formingMaxAgeDays: z.number().min(0).default(90),
  /** …or fewer contacts than this in the whole history read. Default 10. */
  formingMinContacts: z.number().int().min(0).default(10),
  /** Sustaining needs reciprocity: |β| over the window at most this. Default 0.6. */
  sustainingMaxBeta: z.number().min(0).max(1).default(0.6),
  /** Sustaining needs continuity (share of active periods) at least this. Default 0.5. */
  sustainingMinContinuity: z.number().min(0).max(1).default(0.5),
  /** Periods over which continuity is measured (fewer for a younger relationship). Default 12. */
  continuityPeriods: z.number().int().min(1).default(12),
});
export type StageRules = z.infer<typeof stageRules>;

export const DEFAULT_STAGE_RULES: StageRules = stageRules.parse({});

/** The trend spans the stage rules read, newest first: each `trailingPeriods` long, ending `endPeriod` periods
 * before the window end (0 = at it). The one place that says which periods a stage is judged on. */
export function trendSpans(rules: StageRules): Array<{ endPeriod: number; periods: number }> {
  return Array.from({ length: Math.max(rules.decliningWindows, 1) }, (_, k) => ({
    endPeriod: k * rules.decliningStepPeriods,
    periods: rules.trailingPeriods,
  }));
}

/** How many periods back from the window end the stage looks, all spans together. */
export function trendReach(rules: StageRules): number {
  return Math.max(...trendSpans(rules).map((s) => s.endPeriod + s.periods));
}
