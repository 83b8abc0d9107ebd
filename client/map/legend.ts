/**
 * The legend: every encoding on the map, explained — node colour, tie colour (stage), node size, tie width,
 * rings and focus fading — from the same Encodings the canvas uses, so it cannot disagree with the drawing.
 */
import { formatForPeople, glossary } from '../glossary/index.ts';
import { el } from '../shell/dom.ts';
import { INK } from '../theme.ts';
import type { Encodings, LegendEntry } from './encodings.ts';
import { TIE_GREY } from './encodings.ts';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE_GREY = '#6E7781';
const COLOUR_TITLES = {
  unitKind: 'unit kind',
  unit: 'unit',
  community: 'community (Louvain)',
  stage: 'unit kind',
};

export interface LegendContext {
  encodings: Encodings;
  anyFlagged: boolean;
  focusOn: string | null;
}

export function renderLegend({ encodings, anyFlagged, focusOn }: LegendContext): HTMLElement {
  return el('section', { className: 'legend', attrs: { 'aria-labelledby': 'legend-title' } }, [
    el('h2', { text: 'Legend', attrs: { id: 'legend-title' } }),
    section(`Node colour: ${COLOUR_TITLES[encodings.colourBy]}`, swatches(encodings.nodeColours, 'dot')),
    encodings.tieColours
      ? section('Tie colour: relationship stage', swatches(encodings.tieColours, 'line'))
      : null,
    section(sizeTitle(encodings), sizes(encodings)),
    section('Tie width: tie strength', widths(encodings)),
    anyFlagged ? section('Ring', [item(svgRing(), 'Flagged: see the details for the reason')]) : null,
    focusOn ? section('Faded', [el('p', { text: `More than two ties away from ${focusOn}` })]) : null,
  ]);
}

export function section(title: string, body: Array<HTMLElement | null>): HTMLElement {
  return el('div', { className: 'legend-section' }, [el('h3', { text: title }), el('ul', {}, body)]);
}

export function item(symbol: SVGElement, label: string): HTMLElement {
  const li = el('li', {}, [el('span', { text: label })]);
  li.prepend(symbol);
  return li;
}

function swatches(entries: LegendEntry[], kind: 'dot' | 'line'): HTMLElement[] {
  return entries.map((entry) =>
    item(kind === 'dot' ? svgDot(entry.colour, 6) : svgLine(entry.colour, 3), entry.label),
  );
}

function sizeTitle(encodings: Encodings): string {
  return encodings.sizeBy ? `Node size: ${glossary(encodings.sizeBy).label}` : 'Node size: all the same';
}

function sizes(encodings: Encodings): HTMLElement[] {
  const domain = encodings.sizeDomain;
  if (!encodings.sizeBy || !domain) return [el('li', { text: 'No metric chosen' })];
  const values = domain[0] === domain[1] ? [domain[0]] : [domain[0], (domain[0] + domain[1]) / 2, domain[1]];
  const rows = values.map((value) =>
    item(svgDot(SIZE_GREY, Math.min(24, encodings.radiusFor(value))), formatForPeople(value)),
  );
  return [
    el('li', { className: 'muted glossary', text: glossary(encodings.sizeBy).says }),
    ...rows,
    el('li', { className: 'muted', text: 'Area grows with the value; no value: smallest' }),
  ];
}

function widths(encodings: Encodings): HTMLElement[] {
  const [min, max] = encodings.weightDomain;
  const values = min === max ? [min] : [min, (min + max) / 2, max];
  return values.map((value) => item(svgLine(TIE_GREY, encodings.widthFor(value)), formatForPeople(value)));
}

function svg(width: number, height: number, child: SVGElement): SVGElement {
  const root = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
  }))
    root.setAttribute(name, String(value));
  root.append(child);
  return root;
}

function shape(name: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
}

export function svgDot(colour: string, r: number): SVGElement {
  const size = Math.max(26, Math.ceil(2 * r + 2));
  return svg(size, size, shape('circle', { cx: size / 2, cy: size / 2, r, fill: colour }));
}

export function svgLine(colour: string, width: number): SVGElement {
  return svg(
    26,
    26,
    shape('line', {
      x1: 2,
      y1: 13,
      x2: 24,
      y2: 13,
      stroke: colour,
      'stroke-width': width,
      'stroke-linecap': 'round',
    }),
  );
}

export function svgRing(): SVGElement {
  return svg(
    26,
    26,
    shape('circle', { cx: 13, cy: 13, r: 8, fill: 'none', stroke: INK, 'stroke-width': 1.5 }),
  );
}
