/**
 * An action's effect drawn: the metric it aimed at before and after, as two bars on one scale, the after bar
 * in the colour of the direction — better blue, worse vermillion, unchanged or unknown grey (Okabe–Ito,
 * colour-blind safe); a stage as the relationship's engagements per 30 days in each period, each bar in the
 * colour of that period's stage. Text beside it says the same.
 */
import type { ActionEffect } from '../../server/schema/actions.ts';
import { NO_VALUE_GREY, OKABE_ITO, STAGE_COLOURS, type Stage } from '../theme.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 120;
const HEIGHT = 36;
const BAR = 44;

export const DIRECTION_COLOURS: Record<ActionEffect['direction'], string> = {
  better: OKABE_ITO.blue,
  worse: OKABE_ITO.vermillion,
  unchanged: NO_VALUE_GREY,
  unknown: NO_VALUE_GREY,
};

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** Bar heights for two values on one scale from 0 (stages: by their rank, dormant lowest). */
export function barHeights(before: number, after: number, height = HEIGHT - 12): [number, number] {
  const top = Math.max(Math.abs(before), Math.abs(after), 1e-9);
  return [(Math.abs(before) / top) * height, (Math.abs(after) / top) * height];
}

export function effectChart(effect: ActionEffect): SVGSVGElement | null {
  const { before, after } = effect.values;
  if (effect.status !== 'measured' || before === null || after === null) return null;
  const svg = node('svg', {
    class: 'effect-chart',
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': `${effect.measure}: before ${before}, after ${after}`,
  });
  const colours =
    typeof before === 'string'
      ? [STAGE_COLOURS[before as Stage] ?? NO_VALUE_GREY, STAGE_COLOURS[after as Stage] ?? NO_VALUE_GREY]
      : [NO_VALUE_GREY, DIRECTION_COLOURS[effect.direction]];
  // a stage is drawn by the tie's engagements per 30 days in each period, coloured by that period's stage
  const sizes = typeof before === 'number' && typeof after === 'number' ? { before, after } : effect.level;
  const [hb, ha] = sizes ? barHeights(sizes.before, sizes.after) : [HEIGHT - 12, HEIGHT - 12];
  const base = HEIGHT - 10;
  svg.append(
    node('rect', {
      class: 'effect-before',
      x: 4,
      y: base - hb,
      width: BAR,
      height: Math.max(hb, 1),
      fill: colours[0]!,
    }),
    node('rect', {
      class: 'effect-after',
      x: 68,
      y: base - ha,
      width: BAR,
      height: Math.max(ha, 1),
      fill: colours[1]!,
    }),
    node('line', { x1: 0, x2: WIDTH, y1: base, y2: base, stroke: '#1F2328', 'stroke-width': 1 }),
  );
  for (const [x, label] of [
    [26, 'before'],
    [90, 'after'],
  ] as const) {
    const text = node('text', { x, y: HEIGHT - 1, 'text-anchor': 'middle', 'font-size': 9 });
    text.textContent = label;
    svg.append(text);
  }
  return svg;
}
