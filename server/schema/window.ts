/**
 * The time window as the API takes and answers it: the query fields of every windowed route and
 * `npm run metrics` (a length like `90d` ending at the newest engagement, or an explicit [from, to) of ISO
 * dates), their rule, and the window every answer shows. The rule and the default are in windowRule.ts;
 * server/analytics/window.ts turns a spec into dates.
 */
import { z } from 'zod';
import { DEFAULT_WINDOW, WINDOW_LENGTH } from './windowRule.ts';

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

/** A window as answers show it: its key and its ends as ISO date-times. */
export const windowAnswer = z.object({ key: z.string(), from: z.string(), to: z.string() });
export type WindowAnswer = z.infer<typeof windowAnswer>;
