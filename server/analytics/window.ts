/**
 * Time windows [from, to). A window is named by its length in days ('90d') and ends at the newest engagement
 * (so a demo org from last year still shows its last 90 days), or given explicitly by ISO dates.
 */
import { z } from 'zod';

export interface TimeWindow {
  /** Stable key for caches and property names, e.g. '90d' or '2026-01-01_2026-04-01'. */
  key: string;
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
export const windowSpec = z.union([
  z.string().regex(/^\d{1,4}d$/, "a length in days like '90d'"),
  z.object({ from: z.iso.date(), to: z.iso.date() }),
]);
export type WindowSpec = z.infer<typeof windowSpec>;

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

/** The spec of a request's window: explicit dates when given, else the named length. */
export function windowSpecOf(query: { window: string; from?: string; to?: string }): WindowSpec {
  return query.from && query.to ? { from: query.from, to: query.to } : query.window;
}
