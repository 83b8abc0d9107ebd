/**
 * Periods of the relationship series (DESIGN §3.5, "monthly"): fixed-length periods counted back from the
 * window end, period 0 = [to − length, to). Calendar months would leave the newest month partial whenever the
 * data ends mid-month, and a half-empty last month reads as a decline; periods aligned on the window end are
 * always whole. The history considered ends at the window end and reaches back `historyPeriods` periods.
 *
 * Defaults: periodDays 30, historyPeriods 12 (a year: the growth span of 6 periods one window back reaches 9,
 * continuity and the median gap look at 12, and trust evidence a year old weighs under a quarter at a 180-day
 * half-life; reading further would cost time on every window for little).
 */
import { z } from 'zod';
import { DAY_MS, type TimeWindow } from './window.ts';

export { DAY_MS };

export const periodOptions = z.object({
  periodDays: z.number().int().min(1).max(366).default(30),
  historyPeriods: z.number().int().min(2).max(240).default(12),
});
export type PeriodOptions = z.infer<typeof periodOptions>;
export const DEFAULT_PERIOD_OPTIONS: PeriodOptions = periodOptions.parse({});

export interface Period {
  /** 0 = the newest period, ending at the window end. */
  index: number;
  from: Date;
  to: Date;
}

export function periodMs(options: PeriodOptions): number {
  return options.periodDays * DAY_MS;
}

/** The start of the history the relationship projections read. */
export function historyStart(window: TimeWindow, options: PeriodOptions): Date {
  return new Date(window.to.getTime() - options.historyPeriods * periodMs(options));
}

export function periodOf(index: number, window: TimeWindow, options: PeriodOptions): Period {
  const to = window.to.getTime() - index * periodMs(options);
  return { index, from: new Date(to - periodMs(options)), to: new Date(to) };
}

/** How many periods the window spans (a 90-day window is three 30-day periods), at least one. */
export function windowPeriods(window: TimeWindow, options: PeriodOptions): number {
  const days = (window.to.getTime() - window.from.getTime()) / DAY_MS;
  return Math.max(1, Math.round(days / options.periodDays));
}
