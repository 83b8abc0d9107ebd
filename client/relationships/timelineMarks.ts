/**
 * What became of an engagement's promise, as the timeline shows it: six categories (on time, late, missed,
 * pending, negotiated without a date, not negotiated), each with a colour (Okabe & Ito) and a shape of its
 * own, so no category is told by colour alone; and each engagement in words.
 */
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTimes,
  symbolTriangle,
  type SymbolType,
} from 'd3';
import type { TimelineEngagement } from '../api/analytics.ts';
import { OKABE_ITO } from '../theme.ts';

export type PromiseCategory = 'kept' | 'late' | 'missed' | 'pending' | 'negotiated' | 'plain';

export interface CategoryStyle {
  label: string;
  colour: string;
  shape: SymbolType;
  /** Drawn as an outline (hollow) rather than filled. */
  hollow: boolean;
  size: number;
}

export const CATEGORIES: Record<PromiseCategory, CategoryStyle> = {
  kept: {
    label: 'Delivered on time',
    colour: OKABE_ITO.bluishGreen,
    shape: symbolCircle,
    hollow: false,
    size: 70,
  },
  late: { label: 'Delivered late', colour: OKABE_ITO.orange, shape: symbolTriangle, hollow: false, size: 80 },
  missed: { label: 'Missed', colour: OKABE_ITO.vermillion, shape: symbolTimes, hollow: true, size: 70 },
  pending: { label: 'Pending', colour: OKABE_ITO.blue, shape: symbolDiamond, hollow: true, size: 70 },
  negotiated: {
    label: 'Negotiated, no date',
    colour: OKABE_ITO.reddishPurple,
    shape: symbolSquare,
    hollow: true,
    size: 55,
  },
  plain: { label: 'Not negotiated', colour: '#8A8F98', shape: symbolCircle, hollow: false, size: 22 },
};

export function promiseCategory(engagement: TimelineEngagement): PromiseCategory {
  if (engagement.promise) return engagement.promise;
  return engagement.negotiated ? 'negotiated' : 'plain';
}

/** The SVG path of a category's mark, centred on 0, 0. */
export function markPath(category: PromiseCategory): string {
  const style = CATEGORIES[category];
  return symbol(style.shape, style.size)() ?? '';
}

/** Fill, stroke and stroke width of a category's mark (hollow marks are outlined). */
export function markPaint(category: PromiseCategory): { fill: string; stroke: string; width: number } {
  const style = CATEGORIES[category];
  return { fill: style.hollow ? 'white' : style.colour, stroke: style.colour, width: style.hollow ? 2 : 1 };
}

export function engagementWords(e: TimelineEngagement): string {
  const promise = CATEGORIES[promiseCategory(e)].label.toLowerCase();
  const dates = [
    e.promisedBy ? `promised by ${day(e.promisedBy)}` : null,
    e.deliveredAt ? `delivered ${day(e.deliveredAt)}` : null,
  ].filter(Boolean);
  return `${day(e.at)}: ${e.kind}, ${e.participants} people, ${startedBy(e)}; ${promise}${dates.length ? ` (${dates.join(', ')})` : ''}.`;
}

function startedBy(e: TimelineEngagement): string {
  return e.initiatedBy === 'other' ? 'started by someone else' : `started by the ${e.initiatedBy}`;
}

/** The date part of an ISO date-time. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}
