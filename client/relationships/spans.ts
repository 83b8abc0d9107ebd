/**
 * Which period a number of the relationship panel covers, said beside it: the window (initiation balance and
 * the timeline), the history read back from the window's end (trust, maturity, the series) and the stage's own
 * trend span. Ends are exclusive in the answer; people read the last day included.
 */
import type { RelationshipsAnswer } from '../api/analytics.ts';
import { el, formatDay, formatDays } from '../shell/dom.ts';

export type Spans = RelationshipsAnswer['spans'];
export type SpanName = keyof Spans;
type Span = Spans[SpanName];

const DAY_MS = 86_400_000;

/** "6 Nov 2025 – 31 Oct 2026" (the last day included). */
export const spanDates = formatDays;

/** The last day a span includes, as people read it. */
export function spanEnd(span: Pick<Span, 'to'>): string {
  return formatDay(Date.parse(span.to) - DAY_MS);
}

const periodsOf = (s: Span) =>
  `${s.periods} periods of ${Math.round((Date.parse(s.to) - Date.parse(s.from)) / DAY_MS / s.periods)} days`;

const WHAT: Record<SpanName, (span: Span) => string> = {
  window: (s) => `the window, ${spanDates(s)}`,
  history: (s) => `the ${periodsOf(s)} to the window's end, ${spanDates(s)}`,
  stage: (s) => `the trend of the ${periodsOf(s)} to the window's end, ${spanDates(s)}, whatever the window`,
};

/** A section of the panel whose numbers all cover one span, saying which at its head. */
export function spanSection(
  name: SpanName,
  spans: Spans,
  parts: { title: Array<Node | string>; className: string; children: Array<Node | string> },
): HTMLElement {
  return el('section', { className: `rel-span ${parts.className}`, attrs: { 'data-span': name } }, [
    el('h3', {}, parts.title),
    el('p', { className: 'span-label', text: `Covers ${WHAT[name](spans[name])}.` }),
    ...parts.children,
  ]);
}
