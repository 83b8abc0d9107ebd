/**
 * Drawing in batches: canvas is fast when one path holds many shapes and slow when styles change per shape.
 * Links are grouped by colour, width (quantised to quarter pixels) and emphasis, nodes by colour and emphasis;
 * each group becomes one path, stroked or filled once. Rebuilt when the data, encodings or focus change,
 * not per frame.
 */
import type { MapLink, MapModel, MapNode } from './types.ts';

export interface LinkBatch {
  colour: string;
  /** Screen pixels. */
  width: number;
  alpha: number;
  links: MapLink[];
}

export interface NodeBatch {
  colour: string;
  alpha: number;
  nodes: MapNode[];
}

export interface Batches {
  links: LinkBatch[];
  nodes: NodeBatch[];
  /** Nodes with flags (drawn with a ring). */
  flagged: MapNode[];
  /** While the map moves, only ties at least this wide are drawn (the strongest MOTION_TIE_BUDGET). */
  motionMinWidth: number;
}

/** Most ties drawn while the map moves (layout, drag, pan, zoom); all of them once it is at rest. */
export const MOTION_TIE_BUDGET = 4_000;

export const ALPHA = {
  link: { person: 0.35, unit: 0.6 },
  /** The selected node's own ties stand out of the dimmed rest. */
  selectedLink: 0.9,
  fadedLink: 0.05,
  fadedNode: 0.14,
} as const;

/** What is selected: the node, the nodes kept bright (itself and its neighbours, or two hops in focus mode). */
export interface Highlight {
  /** Null: a set of nodes is emphasised without one selected (e.g. a unit's members). */
  node: MapNode | null;
  emphasis: Set<MapNode>;
  /** Focus mode: ties among the emphasised nodes stay bright too, not only the selected node's own. */
  focus: boolean;
}

/** Opacity of ties: dense maps turn grey under thousands of overlapping ties, so the more, the fainter each. */
export function tieAlpha(model: MapModel): number {
  return ALPHA.link[model.answer.level] * Math.min(1, Math.sqrt(3_000 / Math.max(1, model.links.length)));
}

/**
 * Groups the model for drawing. A highlight dims what is outside it and brings in the selected node's ties
 * that the backbone left out: selecting a unit shows all of its partners.
 */
export function buildBatches(model: MapModel, highlight: Highlight | null = null): Batches {
  const linkAlpha = tieAlpha(model);
  const emphasis = highlight?.emphasis ?? null;
  const own = new Set(highlight?.node ? (model.ties.get(highlight.node) ?? []) : []);
  const links = new Map<string, LinkBatch>();
  for (const link of new Set([...model.links, ...own])) {
    const among = !emphasis || (emphasis.has(link.source) && emphasis.has(link.target));
    const width = Math.max(0.25, Math.round(link.width * 4) / 4);
    const alpha = own.has(link)
      ? Math.max(linkAlpha, ALPHA.selectedLink)
      : among && (!highlight || highlight.focus)
        ? linkAlpha
        : ALPHA.fadedLink;
    const key = `${link.colour}|${width}|${alpha}`;
    let batch = links.get(key);
    if (!batch) links.set(key, (batch = { colour: link.colour, width, alpha, links: [] }));
    batch.links.push(link);
  }
  const nodes = new Map<string, NodeBatch>();
  for (const node of model.nodes) {
    const alpha = !emphasis || emphasis.has(node) ? 1 : ALPHA.fadedNode;
    const key = `${node.colour}|${alpha}`;
    let batch = nodes.get(key);
    if (!batch) nodes.set(key, (batch = { colour: node.colour, alpha, nodes: [] }));
    batch.nodes.push(node);
  }
  // Faded first, so what is in focus is drawn on top.
  const byAlpha = <T extends { alpha: number }>(a: T, b: T) => a.alpha - b.alpha;
  const linkBatches = [...links.values()].sort(byAlpha);
  return {
    links: linkBatches,
    nodes: [...nodes.values()].sort(byAlpha),
    flagged: model.nodes.filter((node) => node.data.flags.length > 0),
    motionMinWidth: motionMinWidth(linkBatches),
  };
}

/** The narrowest width kept while moving: widest (strongest) ties first, until the budget is spent. */
function motionMinWidth(batches: LinkBatch[]): number {
  const byWidth = [...batches].sort((a, b) => b.width - a.width);
  let drawn = 0;
  for (const [i, batch] of byWidth.entries()) {
    drawn += batch.links.length;
    if (drawn > MOTION_TIE_BUDGET) return byWidth[Math.max(0, i - 1)]!.width;
  }
  return 0;
}
