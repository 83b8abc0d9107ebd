/**
 * The map as an SVG document framed to read on its own (frame.ts): title and window above, the legend at the
 * right, the privacy note below; the map clipped to its own area so nothing spills over the legend.
 */
import { BACKGROUND, INK } from '../theme.ts';
import type { Scene } from '../map/scene.ts';
import { FRAME, frameSize, type ExportFrame, type FrameLine } from './frame.ts';
import { escapeXml, mapParts, svgOpen } from './svg.ts';

const MUTED = '#57606A';

export function framedSvg(scene: Scene, frame: ExportFrame): string {
  const size = frameSize(frame, scene.width, scene.height);
  const { map, legend } = size;
  const text = (x: number, y: number, body: string, attrs = '') =>
    `<text x="${x}" y="${y}" fill="${INK}"${attrs}>${escapeXml(body)}</text>`;
  return [
    svgOpen(size.width, size.height, `${frame.title}. ${frame.window}.`),
    `<clipPath id="map-area"><rect width="${map.width}" height="${map.height}"/></clipPath>`,
    text(FRAME.pad, 22, frame.title, ' font-size="16" font-weight="600" class="export-title"'),
    text(FRAME.pad, 42, frame.window, ' class="export-window"'),
    `<g transform="translate(${map.x},${map.y})" clip-path="url(#map-area)">`,
    `<rect width="${map.width}" height="${map.height}" fill="${BACKGROUND}"/>`,
    ...mapParts(scene),
    '</g>',
    `<line x1="${map.width}" y1="${map.y}" x2="${map.width}" y2="${map.y + map.height}" stroke="${MUTED}" stroke-opacity="0.3"/>`,
    `<g class="export-legend" transform="translate(${legend.x},${legend.y})">`,
    ...frame.legend.map((line, i) => legendLine(line, i * FRAME.line)),
    '</g>',
    text(FRAME.pad, size.height - 10, frame.privacy, ` class="export-privacy"`),
    '</svg>',
  ].join('\n');
}

function legendLine(line: FrameLine, y: number): string {
  const swatch = line.swatch
    ? line.swatch.kind === 'dot'
      ? `<circle cx="6" cy="${y + 9}" r="5" fill="${line.swatch.colour}"/>`
      : `<line x1="0" y1="${y + 9}" x2="14" y2="${y + 9}" stroke="${line.swatch.colour}" stroke-width="3" stroke-linecap="round"/>`
    : '';
  const x = line.swatch ? 20 : 0;
  const weight = line.heading ? ' font-weight="600"' : '';
  return `${swatch}<text x="${x}" y="${y + 13}" fill="${INK}"${weight}>${escapeXml(line.text)}</text>`;
}
