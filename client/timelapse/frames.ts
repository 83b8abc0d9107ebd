/**
 * The time-lapse's frames: the 30-day snapshots ending at the data's end and at 1…11 calendar months before
 * it, oldest first. The same windows the server warms up ahead (monthlySnapshots in
 * server/analytics/compute/warmUp.ts; test/client/timelapse/frames.test.ts holds the two together), so every
 * frame is asked for by explicit dates that are already computed.
 */
import { addDays } from '../changes/days.ts';
import type { Period } from '../changes/periods.ts';

const DAY_MS = 86_400_000;
export const FRAME_COUNT = 12;

/** The snapshot periods for data ending (exclusive) on `end`, oldest first. */
export function snapshotPeriods(end: string, months = FRAME_COUNT): Period[] {
  return Array.from({ length: months }, (_, i) => {
    // setUTCMonth as the server does (31 March less a month is 3 March), so the dates match its warm cache.
    const to = new Date(`${end}T00:00:00Z`);
    to.setUTCMonth(to.getUTCMonth() - i);
    return { from: isoDate(new Date(to.getTime() - 30 * DAY_MS)), to: isoDate(to) };
  }).reverse();
}

/** The month a frame shows: the month of its last day, e.g. "Oct 2026". */
export function monthLabel(period: Period): string {
  return new Date(`${addDays(period.to, -1)}T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
