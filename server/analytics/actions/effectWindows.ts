/**
 * The two periods an action is judged on: AFTER runs from the day it was taken up to the day measured to
 * (the data's end, or a digest week's end), at most MAX_DAYS; BEFORE is the period of the same length ending
 * the day it was taken. Equal lengths, so the period comparison compares like with like. Fewer than MIN_DAYS
 * after it is too early to tell.
 */
import { DAY_MS } from '../periods.ts';

/** Longest period measured after an action: the explorer's default window. */
export const MAX_EFFECT_DAYS = 90;
/** Shortest: two weeks (a few days of engagements say nothing yet). */
export const MIN_EFFECT_DAYS = 14;

export interface EffectPeriods {
  days: number;
  before: { from: string; to: string };
  after: { from: string; to: string };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The periods for an action taken on `takenAt` (ISO date) measured up to `asOf`; null when too early. */
export function effectPeriods(takenAt: string, asOf: Date): EffectPeriods | null {
  const taken = Date.parse(`${takenAt}T00:00:00Z`);
  const end = Math.floor(asOf.getTime() / DAY_MS) * DAY_MS; // whole days: the window keys stay few
  const days = Math.min(MAX_EFFECT_DAYS, Math.floor((end - taken) / DAY_MS));
  if (!(days >= MIN_EFFECT_DAYS)) return null;
  return {
    days,
    before: { from: isoDay(taken - days * DAY_MS), to: isoDay(taken) },
    after: { from: isoDay(taken), to: isoDay(taken + days * DAY_MS) },
  };
}
