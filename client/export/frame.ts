/**
 * What frames an exported map so it reads on its own, away from the explorer: a title, the window, the legend
 * (from the same Encodings as the on-screen legend, so it cannot disagree with the drawing) and the privacy
 * note — and where each goes: a header above the map, the legend in a column at its right, the note below.
 * The PNG (canvasFrame.ts) and the SVG (svg.ts) draw the same layout.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { Encodings } from '../map/encodings.ts';
import { formatDays, formatNumber, humanise } from '../shell/dom.ts';

export interface FrameLine {
  text: string;
  /** A swatch before the text: a dot or a line in this colour. */
  swatch?: { kind: 'dot' | 'line'; colour: string };
  heading?: boolean;
}

export interface ExportFrame {
  title: string;
  window: string;
  legend: FrameLine[];
  privacy: string;
}

export const FRAME = { header: 52, footer: 30, legendWidth: 260, line: 18, pad: 12 } as const;
const MOST_SWATCHES = 14;
/** Characters a legend line holds in the legend column at 12 px; longer labels end in an ellipsis. */
const LINE_CHARS = 34;

export function exportFrame(answer: GraphAnswer, encodings: Encodings): ExportFrame {
  const { window, level, privacy } = answer;
  const suppressed = privacy.note ?? `Groups under ${privacy.minGroupSize} people are left out for viewers.`;
  const names = level === 'person' ? ' Holds people’s names: for those allowed to see them.' : '';
  return {
    title: `Trellis — the organisation at ${level} level`,
    window: `Window ${window.key}: ${formatDays(window)}`,
    legend: legendLines(encodings),
    privacy: `Privacy: ${suppressed}${names}`,
  };
}

const COLOURED_BY = { unitKind: 'unit kind', unit: 'unit', community: 'community', stage: 'unit kind' };

function legendLines(encodings: Encodings): FrameLine[] {
  const lines: FrameLine[] = [{ text: `Node colour: ${COLOURED_BY[encodings.colourBy]}`, heading: true }];
  lines.push(...swatches(encodings.nodeColours, 'dot'));
  if (encodings.tieColours) {
    lines.push({ text: 'Tie colour: relationship stage', heading: true });
    lines.push(...swatches(encodings.tieColours, 'line'));
  }
  const size = encodings.sizeDomain;
  lines.push({
    text: encodings.sizeBy ? `Node size: ${humanise(encodings.sizeBy)}` : 'Node size: all the same',
    heading: true,
  });
  if (encodings.sizeBy && size) lines.push({ text: `${formatNumber(size[0])} to ${formatNumber(size[1])}` });
  const [min, max] = encodings.weightDomain;
  lines.push({ text: 'Tie width: tie strength', heading: true });
  lines.push({ text: `${formatNumber(min)} to ${formatNumber(max)}` });
  return lines;
}

function swatches(entries: Encodings['nodeColours'], kind: 'dot' | 'line'): FrameLine[] {
  const shown = entries
    .slice(0, MOST_SWATCHES)
    .map((e) => ({ text: fitted(e.label), swatch: { kind, colour: e.colour } }));
  const more = entries.length - shown.length;
  return more > 0 ? [...shown, { text: `… and ${more} more` }] : shown;
}

function fitted(label: string): string {
  return label.length > LINE_CHARS ? `${label.slice(0, LINE_CHARS - 1)}…` : label;
}

/** The exported picture's size around a map of width × height (CSS pixels), and the map's place in it. */
export function frameSize(frame: ExportFrame, width: number, height: number) {
  const legendHeight = FRAME.pad * 2 + frame.legend.length * FRAME.line;
  return {
    width: width + FRAME.legendWidth,
    height: FRAME.header + Math.max(height, legendHeight) + FRAME.footer,
    map: { x: 0, y: FRAME.header, width, height },
    legend: { x: width + FRAME.pad, y: FRAME.header + FRAME.pad },
  };
}
