/**
 * Time windows [from, to). A window is named by its length in days ('90d') and ends at the newest engagement
 * (so a demo org from last year still shows its last 90 days), or given explicitly by ISO dates.
 */
import { toDateTime } from '../db/values.ts';
import type { WindowSpec } from '../schema/windowRule.ts';

/** The engine names specs by this type (its projection code imports it from here). */
export type { WindowSpec };

export interface TimeWindow {
  /** Stable key for caches and property names, e.g. '90d' or '2026-01-01_2026-04-01'. */
  key: string;
  from: Date;
  to: Date;
}

/** One day in milliseconds (the one definition; periods.ts passes it on). */
export const DAY_MS = 86_400_000;

/** Resolves a spec against the newest engagement (the end of a length-named window: just after it). */
export function resolveWindow(spec: WindowSpec, newestEngagement: Date | null): TimeWindow {
  if (typeof spec !== 'string') {
    return {
      key: `${spec.from}_${spec.to}`,
      from: new Date(`${spec.from}T00:00:00Z`),
      to: new Date(`${spec.to}T00:00:00Z`),
    };
  }
  const days = Number(spec.slice(0, -1));
  const end = newestEngagement ?? new Date();
  // The end is the start of the day after the newest engagement, so the window holds that whole day.
  const to = new Date(Math.floor(end.getTime() / DAY_MS) * DAY_MS + DAY_MS);
  return { key: spec, from: new Date(to.getTime() - days * DAY_MS), to };
}

/** The window's ends as Cypher parameters `$from` and `$to` (Neo4j DateTime). */
export function windowParameters(window: TimeWindow) {
  return { from: toDateTime(window.from), to: toDateTime(window.to) };
}
