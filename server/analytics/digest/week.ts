/**
 * The week of a BRM's digest and the two windows it is judged on. The week is [first day, +7 days); the
 * window is the usual 90 days ending with the week, and `previous` the same length ending a week earlier, so
 * "turned declining this week" is the stage at the week's end against the stage a week before (the stage rule
 * reads fixed trend spans as of the window's end, macro/config.ts, so the length does not sway it).
 */
import { DAY_MS } from '../periods.ts';

/** Days of the windows compared: the explorer's default window. */
export const DIGEST_WINDOW_DAYS = 90;

export interface DigestWeek {
  week: { from: Date; to: Date };
  current: { from: string; to: string };
  previous: { from: string; to: string };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The week starting `first` (ISO date), or the seven days ending at `dataEnd` (the default window's end). */
export function digestWeek(first: string | undefined, dataEnd: Date): DigestWeek {
  const from = first ? Date.parse(`${first}T00:00:00Z`) : dataEnd.getTime() - 7 * DAY_MS;
  const to = from + 7 * DAY_MS;
  const span = (end: number) => ({ from: isoDay(end - DIGEST_WINDOW_DAYS * DAY_MS), to: isoDay(end) });
  return {
    week: { from: new Date(from), to: new Date(to) },
    current: span(to),
    previous: span(to - 7 * DAY_MS),
  };
}
