/**
 * A relationship's micro engagement cycle over time: each engagement a mark on a time axis, in a lane by who
 * started it (the department or the provider), its shape and colour saying what became of its promise —
 * delivered on time, late, missed, pending, negotiated without a date, or not negotiated — with a line to the
 * delivery (dashed to a promised date not yet met). A legend names every mark with its count, never colour
 * alone, and the same engagements are listed in a table for screen readers and keyboards.
 */
import { axisBottom, scaleTime, select, timeFormat, type ScaleTime, type Selection } from 'd3';
import type { TimelineAnswer, TimelineEngagement } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';
import { timelineLegend, timelineTable } from './timelineLists.ts';
import { CATEGORIES, engagementWords, markPaint, markPath, promiseCategory } from './timelineMarks.ts';

const LANES: Array<{ key: TimelineEngagement['initiatedBy']; label: string }> = [
  { key: 'department', label: 'Business started' },
  { key: 'provider', label: 'Provider started' },
  { key: 'other', label: 'Someone else' },
];

export interface TimelineOptions {
  /** The window's ends (ISO), the time axis's domain. */
  from: string;
  to: string;
  width: number;
}

const MARGIN = { top: 10, right: 26, bottom: 26, left: 112 };
const LANE_HEIGHT = 44;

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

interface Frame {
  x: ScaleTime<number, number>;
  laneY(key: string): number;
  width: number;
  height: number;
}

export function renderTimeline(answer: TimelineAnswer, options: TimelineOptions): HTMLElement {
  const engagements = answer.engagements;
  const lanes = LANES.filter(
    (lane) => lane.key !== 'other' || engagements.some((e) => e.initiatedBy === 'other'),
  );
  const frame: Frame = {
    x: scaleTime()
      .domain([new Date(options.from), new Date(options.to)])
      .range([MARGIN.left, options.width - MARGIN.right])
      .clamp(true),
    laneY: (key) => MARGIN.top + (lanes.findIndex((l) => l.key === key) + 0.5) * LANE_HEIGHT,
    width: options.width,
    height: MARGIN.top + lanes.length * LANE_HEIGHT + MARGIN.bottom,
  };
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'timeline-chart')
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('viewBox', `0 0 ${frame.width} ${frame.height}`)
    .attr('role', 'img')
    .attr('aria-label', `${engagements.length} engagements over the window; the table below lists them.`);
  drawLanes(svg, lanes, frame);
  engagements.forEach((engagement, i) => drawEngagement(svg, engagement, i, frame));
  return el('div', { className: 'timeline' }, [
    svg.node()!,
    timelineLegend(engagements),
    timelineTable(engagements),
  ]);
}

function drawLanes(svg: Svg, lanes: typeof LANES, frame: Frame): void {
  for (const lane of lanes) {
    const y = frame.laneY(lane.key);
    svg
      .append('line')
      .attr('class', 'lane')
      .attr('x1', MARGIN.left)
      .attr('x2', frame.width - MARGIN.right)
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
    .attr('transform', `translate(0,${frame.height - MARGIN.bottom})`)
    .call((g) => g.call(timeAxis(frame.x, frame.width)));
}

/** One engagement: its mark (a few pixels up or down, so marks close in time stay apart) and delivery line. */
function drawEngagement(svg: Svg, engagement: TimelineEngagement, i: number, frame: Frame): void {
  const category = promiseCategory(engagement);
  const paint = markPaint(category);
  const cx = frame.x(new Date(engagement.at));
  const cy = frame.laneY(engagement.initiatedBy) + ((i % 3) - 1) * 8;
  const end = engagement.deliveredAt ?? engagement.promisedBy;
  if (end && category !== 'plain') {
    svg
      .append('line')
      .attr('class', `promise-line${engagement.deliveredAt ? '' : ' open'}`)
      .attr('x1', cx)
      .attr('x2', frame.x(new Date(end)))
      .attr('y1', cy)
      .attr('y2', cy)
      .attr('stroke', CATEGORIES[category].colour);
  }
  svg
    .append('path')
    .attr('data-engagement', String(i))
    .attr('data-promise', category)
    .attr('transform', `translate(${cx},${cy})`)
    .attr('d', markPath(category))
    .attr('fill', paint.fill)
    .attr('stroke', paint.stroke)
    .attr('stroke-width', paint.width)
    .append('title')
    .text(engagementWords(engagement));
}

const dayMonth = timeFormat('%-d %b');

function timeAxis(x: ScaleTime<number, number>, width: number) {
  return axisBottom<Date>(x)
    .ticks(Math.max(2, Math.floor(width / 90)))
    .tickFormat((date) => dayMonth(date));
}
