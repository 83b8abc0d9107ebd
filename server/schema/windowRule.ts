/**
 * The window rule, stated once: a window is a length in days ending at the newest engagement ('90d', the
 * default) or explicit ISO dates. Free of zod, so the explorer imports it without bundling a validator; the
 * query schema (window.ts) and the explorer's URL state both check lengths with WINDOW_LENGTH.
 */

/** A window named by its length in days, e.g. '90d'. */
export const WINDOW_LENGTH = /^\d{1,4}d$/;
/** The window the explorer opens on and the API answers when none is given. */
export const DEFAULT_WINDOW = '90d';

/** What a window is asked for by: its length, or explicit dates. */
export type WindowSpec = string | { from: string; to: string };

/** The spec of a validated query's window: explicit dates when given, else the named length. */
export function windowSpecOf(query: { window: string; from?: string; to?: string }): WindowSpec {
  return query.from && query.to ? { from: query.from, to: query.to } : query.window;
}
