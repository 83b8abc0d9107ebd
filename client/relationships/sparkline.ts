/**
 * The macro cycle in a glance: one bar per 30-day period for the volume of engagements and a line for the
 * breadth (people on both sides), oldest first. Bars and line differ in form, not only colour; the label says
 * the first and last values in words.
 */
import { scaleLinear } from 'd3';
import type { RelationshipRow } from '../api/analytics.ts';
import { INK } from '../theme.ts';

type Series = RelationshipRow['series'];

export const SPARK_COLOURS = { volume: '#9DBBD6', breadth: INK } as const;

export interface SparklineGeometry {
  bars: Array<{ x: number; y: number; width: number; height: number }>;
  /** SVG path of the breadth line ('' for fewer than two periods). */
  breadth: string;
}

export function sparklineGeometry(series: Series, size = { width: 96, height: 26 }): SparklineGeometry {
  const n = series.length;
  if (n === 0) return { bars: [], breadth: '' };
  const step = size.width / n;
  const maxVolume = Math.max(1, ...series.map((p) => p.volume));
  const maxBreadth = Math.max(1, ...series.map((p) => p.breadth));
  const volumeY = scaleLinear().domain([0, maxVolume]).range([size.height, 2]);
  const breadthY = scaleLinear()
    .domain([0, maxBreadth])
    .range([size.height - 1, 2]);
  const bars = series.map((point, i) => ({
    x: i * step + 0.5,
    y: volumeY(point.volume),
    width: Math.max(1, step - 1.5),
    height: size.height - volumeY(point.volume),
  }));
  const points = series.map(
    (point, i) => `${(i * step + step / 2).toFixed(1)},${breadthY(point.breadth).toFixed(1)}`,
  );
  return { bars, breadth: n > 1 ? `M${points.join('L')}` : '' };
}

export function sparklineWords(series: Series): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return 'No engagements in the series.';
  return (
    `Over ${series.length} periods of 30 days: volume ${first.volume} to ${last.volume} engagements, ` +
    `breadth ${first.breadth} to ${last.breadth} people.`
  );
}

const SVG = 'http://www.w3.org/2000/svg';

export function renderSparkline(series: Series, size = { width: 96, height: 26 }): SVGElement {
  const g = sparklineGeometry(series, size);
  const root = document.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries({
    width: size.width,
    height: size.height,
    viewBox: `0 0 ${size.width} ${size.height}`,
    role: 'img',
    class: 'sparkline',
    'aria-label': sparklineWords(series),
  }))
    root.setAttribute(key, String(value));
  for (const bar of g.bars) {
    const rect = document.createElementNS(SVG, 'rect');
    for (const [key, value] of Object.entries(bar)) rect.setAttribute(key, String(value));
    rect.setAttribute('fill', SPARK_COLOURS.volume);
    root.append(rect);
  }
  if (g.breadth) {
    const line = document.createElementNS(SVG, 'path');
    line.setAttribute('d', g.breadth);
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', SPARK_COLOURS.breadth);
    line.setAttribute('stroke-width', '1.5');
    root.append(line);
  }
  return root;
}
