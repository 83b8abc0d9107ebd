/** The demo org's fixed 18 months of history (2025-05-01 to 2026-10-31, UTC) and time helpers. */
import type { Rng } from '../server/prng.ts';

export const MONTHS = 18;
export const HISTORY_START = Date.UTC(2025, 4, 1);
/** Exclusive end: nothing happens on or after 2026-11-01. */
export const HISTORY_END = Date.UTC(2026, 10, 1);
export const DAY = 86_400_000;
/** The growing and declining relationships trend over the last nine months of the history. */
export const TREND_MONTHS = 9;

export function monthStart(month: number): number {
  return Date.UTC(2025, 4 + month, 1);
}

/** A working-hours moment in the given month (0 = May 2025). */
export function momentIn(month: number, rng: Rng): number {
  const start = monthStart(month);
  const days = Math.round((monthStart(month + 1) - start) / DAY);
  return start + rng.int(0, days - 1) * DAY + rng.int(8, 16) * 3_600_000 + rng.int(0, 3) * 900_000;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
