/**
 * The timeline's legend (every mark with its count) and the same engagements as a table, for screen readers
 * and keyboards.
 */
import type { TimelineEngagement } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';
import {
  CATEGORIES,
  day,
  markPaint,
  markPath,
  promiseCategory,
  type PromiseCategory,
} from './timelineMarks.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function timelineLegend(engagements: TimelineEngagement[]): HTMLElement {
  const counts = new Map<PromiseCategory, number>();
  for (const e of engagements) counts.set(promiseCategory(e), (counts.get(promiseCategory(e)) ?? 0) + 1);
  const items = (Object.keys(CATEGORIES) as PromiseCategory[]).map((category) => {
    const paint = markPaint(category);
    const icon = document.createElementNS(SVG, 'svg');
    for (const [k, v] of Object.entries({
      width: 16,
      height: 16,
      viewBox: '-8 -8 16 16',
      'aria-hidden': 'true',
    }))
      icon.setAttribute(k, String(v));
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', markPath(category));
    path.setAttribute('fill', paint.fill);
    path.setAttribute('stroke', paint.stroke);
    path.setAttribute('stroke-width', String(paint.width));
    icon.append(path);
    const li = el('li', { attrs: { 'data-promise': category } }, [
      `${CATEGORIES[category].label}: ${counts.get(category) ?? 0}`,
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

export function timelineTable(engagements: TimelineEngagement[]): HTMLElement {
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
