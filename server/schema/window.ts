/**
 * The time window, stated once: a length in days ending at the newest engagement (`90d`, the default) or an
 * explicit [from, to) of ISO dates. The query fields and their rule serve every windowed route and
 * `npm run metrics`; the explorer checks its URL with the same rule; every answer shows its window as
 * `windowAnswer`. server/analytics/window.ts turns a spec into dates.
 */
import { z } from 'zod';

/** A window named by its length in days, e.g. '90d'. */
export const WINDOW_LENGTH = /^\d{1,4}d$/;
/** The window the explorer opens on and the API answers when none is given. */
export const DEFAULT_WINDOW = '90d';

/** What a window is asked for by: its length, or explicit dates. */
export type WindowSpec = string | { from: string; to: string };

export const windowQuery = {
  window: z
    .string()
    .regex(WINDOW_LENGTH, "a length in days like '90d'")
    .default(DEFAULT_WINDOW)
    .describe('Length of the window ending at the newest engagement; ignored when from and to are given'),
  from: z.iso.date().optional().describe('Start of an explicit window (inclusive)'),
  to: z.iso.date().optional().describe('End of an explicit window (exclusive)'),
};

/** An explicit window needs both ends, in order. */
export function refineWindow(value: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if ((value.from === undefined) !== (value.to === undefined))
    ctx.addIssue({ code: 'custom', path: [value.from ? 'to' : 'from'], message: 'give both from and to' });
  else if (value.from && value.to && value.from >= value.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
}

/** The spec of a validated query's window: explicit dates when given, else the named length. */
export function windowSpecOf(query: { window: string; from?: string; to?: string }): WindowSpec {
  return query.from && query.to ? { from: query.from, to: query.to } : query.window;
}

/** A window as answers show it: its key and its ends as ISO date-times. */
export const windowAnswer = z.object({ key: z.string(), from: z.string(), to: z.string() });
export type WindowAnswer = z.infer<typeof windowAnswer>;
