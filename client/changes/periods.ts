/**
 * The two periods of "What changed", as [from, to) ISO dates. Presets are computed from the data's end (the
 * exclusive end of the newest window, so a demo org from last year still compares its own last quarters):
 * the last three months against the three before them, or against the same three months a year earlier.
 */
import { addDays } from './days.ts';

export interface Period {
  from: string;
  to: string;
}

export interface Periods {
  before: Period;
  after: Period;
}

export const PERIOD_PRESETS = ['quarter', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PRESET_LABELS: Record<PeriodPreset, string> = {
  quarter: 'Last quarter vs the one before',
  year: 'Last quarter vs a year earlier',
};

/** An ISO date (YYYY-MM-DD) moved by whole calendar months (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The periods of a preset, for data ending (exclusive) on `end`. */
export function presetPeriods(preset: PeriodPreset, end: string): Periods {
  const after = { from: addMonths(end, -3), to: end };
  const shift = preset === 'quarter' ? -3 : -12;
  return { before: { from: addMonths(after.from, shift), to: addMonths(after.to, shift) }, after };
}

/** The periods the state names, else the first preset; null while the data's end is unknown. */
export function periodsOf(state: { before: string[]; after: string[] }, end: string | null): Periods | null {
  const named = (pair: string[]): Period | null =>
    pair.length === 2 && pair[0]! < pair[1]! ? { from: pair[0]!, to: pair[1]! } : null;
  const before = named(state.before);
  const after = named(state.after);
  if (before && after) return { before, after };
  return end ? presetPeriods('quarter', end) : null;
}

/** The preset these periods are, if any (so its button can show as pressed). */
export function presetOf(periods: Periods, end: string | null): PeriodPreset | null {
  if (!end) return null;
  return (
    PERIOD_PRESETS.find((preset) => JSON.stringify(presetPeriods(preset, end)) === JSON.stringify(periods)) ??
    null
  );
}

/** A period as people read it: "1 Apr – 30 Jun 2026" (the end is exclusive, so the day before is shown). */
export function formatPeriod(period: Period): string {
  const day = (iso: string, withYear: boolean) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      ...(withYear && { year: 'numeric' }),
      timeZone: 'UTC',
    });
  const last = addDays(period.to, -1);
  return `${day(period.from, period.from.slice(0, 4) !== last.slice(0, 4))} – ${day(last, true)}`;
}
