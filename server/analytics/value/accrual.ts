/**
 * How much of an initiative's planned benefit is due at a moment (value/config.ts): the share of its accrual
 * period — `months` calendar months from its start — elapsed by then, in [0, 1].
 */

/** The day `months` calendar months after an ISO date (day clamped to the month's end: 31 Jan + 1 = 28 Feb). */
export function addMonths(isoDate: string, months: number): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay));
}

/** Share of the planned benefit due at `asOf`: 0 before the start, 1 from the accrual period's end on. */
export function dueShare(startedAt: string, asOf: Date, months: number): number {
  const start = Date.parse(`${startedAt}T00:00:00Z`);
  const end = addMonths(startedAt, months);
  const elapsed = (asOf.getTime() - start) / (end - start);
  return Math.min(1, Math.max(0, elapsed));
}
