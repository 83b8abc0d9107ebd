/**
 * A small line chart of one unit's trend over the film's frames (its engagements with other units per 30
 * days), the frame on screen marked, so the film and the number move together.
 */
import { scaleLinear } from 'd3';
import { el } from '../shell/dom.ts';
import { INK } from '../theme.ts';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = { width: 290, height: 110, left: 34, right: 8, top: 8, bottom: 20 };

export interface Trend {
  title: string;
  values: number[];
  labels: string[];
  current: number;
}

export function renderTrend({ title, values, labels, current }: Trend): HTMLElement {
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([SIZE.left, SIZE.width - SIZE.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice()
    .range([SIZE.height - SIZE.bottom, SIZE.top]);
  const svg = svgEl('svg', {
    viewBox: `0 0 ${SIZE.width} ${SIZE.height}`,
    role: 'img',
    'aria-label': `${title}: ${values.map((v, i) => `${labels[i]} ${v}`).join(', ')}`,
  });
  const [low, high] = y.domain() as [number, number];
  svg.append(
    svgEl('line', { x1: SIZE.left, x2: SIZE.width - SIZE.right, y1: y(low), y2: y(low), stroke: '#d0d7de' }),
    text(SIZE.left - 4, y(high) + 4, String(high), 'end'),
    text(SIZE.left - 4, y(low), String(low), 'end'),
    text(x(0), SIZE.height - 4, labels[0] ?? '', 'start'),
    text(x(values.length - 1), SIZE.height - 4, labels[labels.length - 1] ?? '', 'end'),
    svgEl('polyline', {
      class: 'trend-line',
      points: values.map((v, i) => `${x(i)},${y(v)}`).join(' '),
      fill: 'none',
      stroke: INK,
      'stroke-width': 1.5,
    }),
    svgEl('circle', { class: 'trend-now', cx: x(current), cy: y(values[current] ?? 0), r: 4, fill: INK }),
  );
  return el('figure', { className: 'trend' }, [el('figcaption', { text: title }), svg]);
}

function text(x: number, y: number, value: string, anchor: 'start' | 'end'): SVGElement {
  const node = svgEl('text', { x, y, 'text-anchor': anchor, 'font-size': 10, fill: '#57606a' });
  node.textContent = value;
  return node;
}

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}
