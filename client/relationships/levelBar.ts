/**
 * The maturity level bar: the five BRM maturity levels on a short track, with the assessed level (a filled
 * circle), the indicated level (a hollow diamond) and the target (a tall tick), and the gap up to the target
 * shaded — the gap visible at a glance, told by shape as well as colour. Geometry is pure (tested); the SVG
 * is drawn from it.
 */
import { INK, OKABE_ITO } from '../theme.ts';

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const LEVEL_NAMES = [
  'ad hoc',
  'order taker',
  'service provider',
  'trusted advisor',
  'strategic partner',
];

export interface MaturityLevels {
  /** Mean of the survey answers (1–5), or null without answers. */
  assessed: number | null;
  /** Level the behaviour indicates, or null. */
  indicated: number | null;
  target: number;
}

export interface LevelBarGeometry {
  width: number;
  height: number;
  track: { x0: number; x1: number; y: number };
  ticks: Array<{ level: number; x: number }>;
  marks: Array<{ kind: 'assessed' | 'indicated' | 'target'; level: number; x: number }>;
  /** From where the relationship stands (assessed, else indicated) up to the target; null when at or above it. */
  gap: { x0: number; x1: number } | null;
}

export function levelBarGeometry(
  levels: MaturityLevels,
  size = { width: 120, height: 22 },
): LevelBarGeometry {
  const pad = 7;
  const x = (level: number) => pad + ((Math.min(5, Math.max(1, level)) - 1) / 4) * (size.width - 2 * pad);
  const marks: LevelBarGeometry['marks'] = [];
  if (levels.assessed !== null)
    marks.push({ kind: 'assessed', level: levels.assessed, x: x(levels.assessed) });
  if (levels.indicated !== null)
    marks.push({ kind: 'indicated', level: levels.indicated, x: x(levels.indicated) });
  marks.push({ kind: 'target', level: levels.target, x: x(levels.target) });
  const current = levels.assessed ?? levels.indicated;
  return {
    ...size,
    track: { x0: x(1), x1: x(5), y: size.height / 2 },
    ticks: LEVELS.map((level) => ({ level, x: x(level) })),
    marks,
    gap: current !== null && current < levels.target ? { x0: x(current), x1: x(levels.target) } : null,
  };
}

export const LEVEL_BAR_COLOURS = {
  assessed: OKABE_ITO.blue,
  indicated: OKABE_ITO.orange,
  target: INK,
  gap: '#F5C9AE',
  track: '#C9CED6',
} as const;

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
}

/** The level bar as SVG, labelled in words for screen readers. */
export function renderLevelBar(levels: MaturityLevels, size?: { width: number; height: number }): SVGElement {
  const g = levelBarGeometry(levels, size);
  const root = svgElement('svg', {
    width: g.width,
    height: g.height,
    viewBox: `0 0 ${g.width} ${g.height}`,
    role: 'img',
    class: 'level-bar',
    'aria-label': levelWords(levels),
  });
  const y = g.track.y;
  if (g.gap)
    root.append(
      svgElement('rect', {
        x: g.gap.x0,
        y: y - 4,
        width: g.gap.x1 - g.gap.x0,
        height: 8,
        fill: LEVEL_BAR_COLOURS.gap,
      }),
    );
  root.append(
    svgElement('line', {
      x1: g.track.x0,
      y1: y,
      x2: g.track.x1,
      y2: y,
      stroke: LEVEL_BAR_COLOURS.track,
      'stroke-width': 2,
    }),
  );
  for (const tick of g.ticks)
    root.append(
      svgElement('line', { x1: tick.x, y1: y - 3, x2: tick.x, y2: y + 3, stroke: LEVEL_BAR_COLOURS.track }),
    );
  for (const mark of g.marks) root.append(markShape(mark.kind, mark.x, y, g.height));
  return root;
}

export function markShape(
  kind: 'assessed' | 'indicated' | 'target',
  x: number,
  y: number,
  height: number,
): SVGElement {
  if (kind === 'target')
    return svgElement('rect', {
      x: x - 1.5,
      y: 1,
      width: 3,
      height: height - 2,
      fill: LEVEL_BAR_COLOURS.target,
    });
  if (kind === 'assessed')
    return svgElement('circle', { cx: x, cy: y, r: 4.5, fill: LEVEL_BAR_COLOURS.assessed });
  return svgElement('path', {
    d: `M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z`,
    fill: 'none',
    stroke: LEVEL_BAR_COLOURS.indicated,
    'stroke-width': 2,
  });
}

export function levelWords(levels: MaturityLevels): string {
  const level = (value: number | null) => (value === null ? 'not known' : `${round(value)}`);
  return `Maturity: assessed ${level(levels.assessed)}, indicated ${level(levels.indicated)}, target ${levels.target}.`;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
