/**
 * What one frame of the time-lapse draws: its ties (stage colours where the answer carries a stage, grey
 * otherwise) and the units sized by their engagements in it, units without any faint. With a unit selected,
 * its ties stay and the others fade.
 */
import type { Batches, LinkBatch, NodeBatch } from '../map/batches.ts';
import type { MapNode } from '../map/types.ts';
import type { Frame } from '../changes/frameCanvas.ts';
import type { Film } from './filmModel.ts';

const ALPHA = { staged: 1, plain: 0.5, faded: 0.08, idle: 0.2 } as const;

export function filmFrame(film: Film, index: number, selected: MapNode | null): Frame {
  const frame = film.frames[index]!;
  const links = new Map<string, LinkBatch>();
  for (const link of frame.links) {
    const touches = !selected || link.source === selected || link.target === selected;
    const alpha = !touches ? ALPHA.faded : link.data.stage ? ALPHA.staged : ALPHA.plain;
    const width = Math.max(0.5, Math.round(link.width * 4) / 4);
    const key = `${link.colour}|${width}|${alpha}`;
    let batch = links.get(key);
    if (!batch) links.set(key, (batch = { colour: link.colour, width, alpha, links: [] }));
    batch.links.push(link);
  }
  const nodes = new Map<string, NodeBatch>();
  for (const node of film.model.nodes) {
    const engagements = frame.engagements.get(node) ?? 0;
    node.radius = film.radius(engagements);
    const alpha = engagements > 0 ? 1 : ALPHA.idle;
    const key = `${node.colour}|${alpha}`;
    let batch = nodes.get(key);
    if (!batch) nodes.set(key, (batch = { colour: node.colour, alpha, nodes: [] }));
    batch.nodes.push(node);
  }
  const byAlpha = <T extends { alpha: number }>(a: T, b: T) => a.alpha - b.alpha;
  const batches: Batches = {
    links: [...links.values()].sort(byAlpha),
    nodes: [...nodes.values()].sort(byAlpha),
    flagged: [],
    motionMinWidth: 0,
  };
  return { batches, selected, emphasis: null };
}

/** A unit's engagements with other units in every frame, oldest first (its trend). */
export function trendOf(film: Film, node: MapNode): number[] {
  return film.frames.map((frame) => frame.engagements.get(node) ?? 0);
}
