/**
 * Colours and scales of the explorer, in one place. Every categorical palette is colour-blind safe:
 * Okabe & Ito (2008) for the few fixed categories (unit kind, relationship stage), Paul Tol's "muted" scheme
 * (Tol 2021, SRON/EPS/TN/09-002) for open-ended categories (units, communities), where the largest nine get a
 * colour each and the rest share "other" grey — more hues than that cannot be told apart by anyone.
 */
import { scaleSqrt, type ScalePower } from 'd3';
import type { GraphEdge, GraphNode } from '../server/schema/graph.ts';

export type UnitKind = GraphNode['unitKind'];
export type Stage = NonNullable<GraphEdge['stage']>;

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const TOL_MUTED = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;

export const OTHER_GREY = '#A0A0A0';
export const NO_VALUE_GREY = '#C8C8C8';
export const INK = '#1F2328';
export const BACKGROUND = '#FFFFFF';
export const SELECTION = '#000000';

export const UNIT_KIND_COLOURS: Record<UnitKind, string> = {
  business: OKABE_ITO.orange,
  internal: OKABE_ITO.blue,
  external: OKABE_ITO.bluishGreen,
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  business: 'Business department',
  internal: 'Internal provider',
  external: 'External provider',
};

/**
 * Node colours by unit kind while the ties are coloured by stage: three greys, so no node shares a hue with a
 * stage (the kind palette's blue and green are also the sustaining and growing ties').
 */
export const UNIT_KIND_GREYS: Record<UnitKind, string> = {
  business: '#4A4F57',
  internal: '#8A9099',
  external: '#BEC3CA',
};

export const STAGE_COLOURS: Record<Stage, string> = {
  forming: OKABE_ITO.skyBlue,
  growing: OKABE_ITO.bluishGreen,
  sustaining: OKABE_ITO.blue,
  declining: OKABE_ITO.vermillion,
  dormant: OKABE_ITO.reddishPurple,
};

/** Colours for open-ended categories: the most frequent first, the rest in "other". */
export function categoryColours(countsByKey: Map<string, number>): Map<string, string> {
  const ranked = [...countsByKey.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Map(ranked.map(([key], i) => [key, TOL_MUTED[i] ?? OTHER_GREY]));
}

/**
 * A unit's colour from its id alone (FNV-1a hash into the muted palette): the same unit keeps its colour
 * whatever the filter, window or level, at the price of units sharing a hue (nine hues, dozens of units).
 */
export function stableColour(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return TOL_MUTED[(hash >>> 0) % TOL_MUTED.length]!;
}

/** Node radius in layout units: area proportional to the metric. */
export function radiusScale(domain: [number, number], level: 'person' | 'unit'): ScalePower<number, number> {
  const range: [number, number] = level === 'unit' ? [5, 22] : [2.5, 11];
  return scaleSqrt().domain(domain).range(range).clamp(true);
}

/** Edge width in screen pixels, whatever the zoom. */
export function edgeWidthScale(domain: [number, number]): ScalePower<number, number> {
  return scaleSqrt().domain(domain).range([0.4, 4]).clamp(true);
}

export const DEFAULT_RADIUS = { person: 4, unit: 9 } as const;
