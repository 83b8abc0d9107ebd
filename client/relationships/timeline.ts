/**
 * A relationship's micro engagement cycle over time: each engagement a mark on a time axis, in a lane by who
 * started it (the department or the provider), its shape and colour saying what became of its promise —
 * delivered on time, late, missed, pending, negotiated without a date, or not negotiated — with a line to the
 * delivery (dashed to a promised date not yet met). A legend names every mark with its count, never colour
 * alone, and the same engagements are listed in a table for screen readers and keyboards.
 */
import {
  axisBottom,
  scaleTime,
  select,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTimes,
  symbolTriangle,
  timeFormat,
  type ScaleTime,
  type SymbolType,
} from 'd3';
import type { TimelineAnswer, TimelineEngagement } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';
import { OKABE_ITO } from '../theme.ts';

export type PromiseCategory = 'kept' | 'late' | 'missed' | 'pending' | 'negotiated' | 'plain';

interface CategoryStyle {
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

const LANES: Array<{ key: TimelineEngagement['initiatedBy']; label: string }> = [
  { key: 'department', label: 'Business started' },
  { key: 'provider', label: 'Provider started' },
  { key: 'other', label: 'Someone else' },
];

export function promiseCategory(engagement: TimelineEngagement): PromiseCategory {
  if (engagement.promise) return engagement.promise;
  return engagement.negotiated ? 'negotiated' : 'plain';
}

export interface TimelineOptions {
  /** The window's ends (ISO), the time axis's domain. */
  from: string;
  to: string;
  width: number;
}

const MARGIN = { top: 10, right: 26, bottom: 26, left: 112 };
const LANE_HEIGHT = 44;

export function renderTimeline(answer: TimelineAnswer, options: TimelineOptions): HTMLElement {
  const engagements = answer.engagements;
  const lanes = LANES.filter(
    (lane) => lane.key !== 'other' || engagements.some((e) => e.initiatedBy === 'other'),
  );
  const height = MARGIN.top + lanes.length * LANE_HEIGHT + MARGIN.bottom;
  const x = scaleTime()
    .domain([new Date(options.from), new Date(options.to)])
    .range([MARGIN.left, options.width - MARGIN.right])
    .clamp(true);
  const laneY = (key: string) => MARGIN.top + (lanes.findIndex((l) => l.key === key) + 0.5) * LANE_HEIGHT;
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'timeline-chart')
    .attr('width', options.width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${options.width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `${engagements.length} engagements over the window; the table below lists them.`);
  for (const lane of lanes) {
    const y = laneY(lane.key);
    svg
      .append('line')
      .attr('class', 'lane')
      .attr('x1', MARGIN.left)
      .attr('x2', options.width - MARGIN.right)
      .attr('y1', y)
      .attr('y2', y);
    svg
      .append('text')
      .attr('class', 'lane-label')
      .attr('x', MARGIN.left - 8)
      .attr('y', y)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .text(lane.label);
  }
  svg
    .append('g')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call((g) => g.call(timeAxis(x, options.width)));
  engagements.forEach((engagement, i) => {
    const category = promiseCategory(engagement);
    const style = CATEGORIES[category];
    const cx = x(new Date(engagement.at));
    const cy = laneY(engagement.initiatedBy) + ((i % 3) - 1) * 8;
    const end = engagement.deliveredAt ?? engagement.promisedBy;
    if (end && category !== 'plain') {
      svg
        .append('line')
        .attr('class', `promise-line${engagement.deliveredAt ? '' : ' open'}`)
        .attr('x1', cx)
        .attr('x2', x(new Date(end)))
        .attr('y1', cy)
        .attr('y2', cy)
        .attr('stroke', style.colour);
    }
    const mark = svg
      .append('path')
      .attr('data-engagement', String(i))
      .attr('data-promise', category)
      .attr('transform', `translate(${cx},${cy})`)
      .attr('d', symbol(style.shape, style.size)())
      .attr('fill', style.hollow ? 'white' : style.colour)
      .attr('stroke', style.colour)
      .attr('stroke-width', style.hollow ? 2 : 1);
    mark.append('title').text(engagementWords(engagement));
  });
  return el('div', { className: 'timeline' }, [svg.node()!, legend(engagements), table(engagements)]);
}

const dayMonth = timeFormat('%-d %b');

function timeAxis(x: ScaleTime<number, number>, width: number) {
  return axisBottom<Date>(x)
    .ticks(Math.max(2, Math.floor(width / 90)))
    .tickFormat((date) => dayMonth(date));
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

function day(iso: string): string {
  return iso.slice(0, 10);
}

const SVG = 'http://www.w3.org/2000/svg';

function legend(engagements: TimelineEngagement[]): HTMLElement {
  const counts = new Map<PromiseCategory, number>();
  for (const e of engagements) counts.set(promiseCategory(e), (counts.get(promiseCategory(e)) ?? 0) + 1);
  const items = (Object.keys(CATEGORIES) as PromiseCategory[]).map((category) => {
    const style = CATEGORIES[category];
    const icon = document.createElementNS(SVG, 'svg');
    for (const [k, v] of Object.entries({
      width: 16,
      height: 16,
      viewBox: '-8 -8 16 16',
      'aria-hidden': 'true',
    }))
      icon.setAttribute(k, String(v));
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', symbol(style.shape, style.size)() ?? '');
    path.setAttribute('fill', style.hollow ? 'white' : style.colour);
    path.setAttribute('stroke', style.colour);
    path.setAttribute('stroke-width', style.hollow ? '2' : '1');
    icon.append(path);
    const li = el('li', { attrs: { 'data-promise': category } }, [
      `${style.label}: ${counts.get(category) ?? 0}`,
    ]);
    li.prepend(icon);
    return li;
  });
  return el(
    'ul',
    { className: 'timeline-legend', attrs: { 'aria-label': 'What became of each promise' } },
    items,
  );
}

function table(engagements: TimelineEngagement[]): HTMLElement {
  const head = ['Date', 'Kind', 'People', 'Started by', 'Promise', 'Promised by', 'Delivered'];
  const rows = engagements.map((e) =>
    el('tr', {}, [
      el('td', { text: day(e.at) }),
      el('td', { text: e.kind }),
      el('td', { text: String(e.participants) }),
      el('td', { text: e.initiatedBy }),
      el('td', { text: CATEGORIES[promiseCategory(e)].label }),
      el('td', { text: e.promisedBy ? day(e.promisedBy) : '—' }),
      el('td', { text: e.deliveredAt ? day(e.deliveredAt) : '—' }),
    ]),
  );
  return el('details', { className: 'timeline-table' }, [
    el('summary', { text: `The ${engagements.length} engagements as a table` }),
    el('table', {}, [
      el('thead', {}, [
        el(
          'tr',
          {},
          head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
  ]);
}
