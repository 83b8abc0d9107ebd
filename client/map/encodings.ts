/**
 * How the map shows the data: node colour (unit kind, unit, community; at unit level the relationship stage
 * colours the ties), node size (any metric of the answer), tie width (tie strength). Built from the answer
 * and the state, applied to the model before drawing, and read by the legend and the exports.
 */
import type { GraphAnswer, GraphEdge, GraphNode } from '../../server/schema/graph.ts';
import type { ColourBy, ExplorerState } from '../state/state.ts';
import {
  DEFAULT_RADIUS,
  NO_VALUE_GREY,
  OTHER_GREY,
  STAGE_COLOURS,
  UNIT_KIND_COLOURS,
  UNIT_KIND_GREYS,
  UNIT_KIND_LABELS,
  categoryColours,
  edgeWidthScale,
  radiusScale,
  stableColour,
  TOL_MUTED,
  type Stage,
} from '../theme.ts';
import type { MapModel } from './types.ts';

export const TIE_GREY = '#8A8F98';
const PREFERRED_SIZE = ['strength', 'pagerank', 'degree'];

export interface LegendEntry {
  label: string;
  colour: string;
}

export interface Encodings {
  level: GraphAnswer['level'];
  /** What colours the nodes ('stage' colours the ties; the nodes then show their unit kind). */
  colourBy: ColourBy;
  nodeColours: LegendEntry[];
  /** Stage colours of the ties, at unit level when colouring by stage. */
  tieColours: LegendEntry[] | null;
  sizeBy: string | null;
  sizeDomain: [number, number] | null;
  weightDomain: [number, number];
  nodeColour(node: GraphNode): string;
  /** Radius in layout units for a value of the size metric (no value: the smallest). */
  radiusFor(value: number | null | undefined): number;
  tieColour(edge: GraphEdge): string;
  /** Width in screen pixels for a tie strength. */
  widthFor(weight: number): number;
}

/** The metric that sizes nodes: the state's if the answer has it, else a sensible default. */
export function sizeMetric(state: Pick<ExplorerState, 'sizeBy'>, metrics: string[]): string | null {
  if (state.sizeBy === 'none') return null;
  if (state.sizeBy && metrics.includes(state.sizeBy)) return state.sizeBy;
  return PREFERRED_SIZE.find((metric) => metrics.includes(metric)) ?? metrics[0] ?? null;
}

export function encodingsFor(answer: GraphAnswer, state: ExplorerState): Encodings {
  const colourBy: ColourBy =
    state.colourBy === 'stage' && answer.level !== 'unit' ? 'unitKind' : state.colourBy;
  const nodeColouring = nodeColourBy(answer.nodes, colourBy);
  const sizeBy = sizeMetric(state, answer.metrics);
  const sizeDomain = sizeBy ? extent(answer.nodes.map((node) => node.metrics[sizeBy] ?? null)) : null;
  const radii = sizeDomain ? radiusScale(sizeDomain, answer.level) : null;
  const weightDomain = extent(answer.edges.map((edge) => edge.weight)) ?? [0, 1];
  const widths = edgeWidthScale(weightDomain);
  const byStage = colourBy === 'stage';
  return {
    level: answer.level,
    colourBy,
    nodeColours: nodeColouring.legend,
    tieColours: byStage ? stageLegend() : null,
    sizeBy,
    sizeDomain,
    weightDomain,
    nodeColour: nodeColouring.colour,
    radiusFor: (value) => {
      if (!radii) return DEFAULT_RADIUS[answer.level];
      return value === null || value === undefined ? radii.range()[0]! : radii(value);
    },
    tieColour: (edge) => (byStage ? (edge.stage ? STAGE_COLOURS[edge.stage] : NO_VALUE_GREY) : TIE_GREY),
    widthFor: (weight) => widths(weight),
  };
}

/** Writes the encodings onto the model's nodes and links (drawing reads them there, once per node). */
export function applyEncodings(model: MapModel, encodings: Encodings): void {
  for (const node of model.nodes) {
    node.colour = encodings.nodeColour(node.data);
    node.radius = encodings.radiusFor(encodings.sizeBy ? node.data.metrics[encodings.sizeBy] : null);
  }
  for (const link of model.allLinks) {
    link.colour = encodings.tieColour(link.data);
    link.width = encodings.widthFor(link.data.weight);
  }
}

function nodeColourBy(nodes: GraphNode[], by: ColourBy): Colouring {
  if (by === 'unitKind' || by === 'stage') {
    // Ties coloured by stage: the nodes step back into greys so no node shares a hue with a stage.
    const palette = by === 'stage' ? UNIT_KIND_GREYS : UNIT_KIND_COLOURS;
    const present = new Set(nodes.map((node) => node.unitKind));
    const legend = (Object.keys(palette) as Array<GraphNode['unitKind']>)
      .filter((kind) => present.has(kind))
      .map((kind) => ({ label: UNIT_KIND_LABELS[kind], colour: palette[kind] }));
    return { legend, colour: (node) => palette[node.unitKind] };
  }
  if (by === 'unit') return unitColouring(nodes);
  return categorical(nodes, {
    key: (n) => (n.community === null ? null : String(n.community)),
    label: (n) => `Community ${n.community}`,
    plural: 'communities',
  });
}

interface Colouring {
  legend: LegendEntry[];
  colour(node: GraphNode): string;
}

interface Category {
  key(node: GraphNode): string | null;
  label(node: GraphNode): string;
  plural: string;
}

/** The most frequent categories get a colour each, the rest "other" grey; a missing category is greyer. */
function categorical(nodes: GraphNode[], category: Category): Colouring {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  let missing = 0;
  for (const node of nodes) {
    const key = category.key(node);
    if (key === null) missing++;
    else {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      labels.set(key, category.label(node));
    }
  }
  const colours = categoryColours(counts);
  const legend = [...colours.entries()]
    .filter(([, colour]) => colour !== OTHER_GREY)
    .map(([key, colour]) => ({ label: labels.get(key) ?? key, colour }));
  const others = counts.size - legend.length;
  if (others > 0) legend.push({ label: `${others} other ${category.plural}`, colour: OTHER_GREY });
  if (missing > 0)
    legend.push({
      label: `No ${category.plural.replace(/ies$/, 'y').replace(/s$/, '')}`,
      colour: NO_VALUE_GREY,
    });
  return { legend, colour: (node) => colours.get(category.key(node) ?? '') ?? NO_VALUE_GREY };
}

/** Units by a colour of their own id (stable across answers); the legend names the largest nine. */
function unitColouring(nodes: GraphNode[]): Colouring {
  const counts = new Map<string, { label: string; n: number }>();
  for (const node of nodes) {
    const entry = counts.get(node.unit) ?? { label: node.unitName, n: 0 };
    entry.n++;
    counts.set(node.unit, entry);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const legend = ranked
    .slice(0, TOL_MUTED.length)
    .map(([id, { label }]) => ({ label, colour: stableColour(id) }));
  const others = ranked.length - legend.length;
  if (others > 0)
    legend.push({
      label: `${others} other units (hues repeat: hover a node for its unit)`,
      colour: OTHER_GREY,
    });
  return { legend, colour: (node) => stableColour(node.unit) };
}

function stageLegend(): LegendEntry[] {
  const entries = (Object.entries(STAGE_COLOURS) as Array<[Stage, string]>).map(([stage, colour]) => ({
    label: stage[0]!.toUpperCase() + stage.slice(1),
    colour,
  }));
  return [...entries, { label: 'No stage (no history between the two units)', colour: NO_VALUE_GREY }];
}

function extent(values: Array<number | null>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : null;
}
