/**
 * The change between two answers (another window, level or filter), animated: nodes that stay keep their
 * place, new nodes fade in beside their neighbours, nodes that left fade out where they were.
 */
import { easeCubicInOut } from 'd3';
import type { MapModel, MapNode } from './types.ts';

export const FADE_MS = 600;

/** Starts the fades of a model built from `previous` (the first model of a view appears at once). */
export function startFades(model: MapModel, previous: MapModel | undefined, now: number): void {
  if (!previous) return;
  const before = new Set(previous.nodes);
  for (const node of model.nodes) {
    if (before.has(node)) continue;
    const from = node.fade ? node.opacity : 0;
    fade(node, from, 1, now);
  }
  for (const node of model.leaving) if (node.fade?.to !== 0) fade(node, node.opacity, 0, now);
}

/** Moves every fade to `now`; drops what has faded out. True while some fade is still running. */
export function advanceFades(model: MapModel, now: number): boolean {
  let running = false;
  for (const node of [...model.nodes, ...model.leaving]) {
    const f = node.fade;
    if (!f) continue;
    const t = Math.min(1, Math.max(0, (now - f.start) / f.duration));
    node.opacity = f.from + (f.to - f.from) * easeCubicInOut(t);
    if (t >= 1) node.fade = null;
    else running = true;
  }
  if (model.leaving.some((node) => node.opacity === 0 && !node.fade)) {
    model.leaving = model.leaving.filter((node) => node.opacity > 0 || node.fade);
    const visible = new Set<MapNode>([...model.nodes, ...model.leaving]);
    model.leavingLinks = model.leavingLinks.filter((l) => visible.has(l.source) && visible.has(l.target));
  }
  return running;
}

function fade(node: MapNode, from: number, to: number, now: number): void {
  node.opacity = from;
  node.fade = { from, to, start: now, duration: FADE_MS };
}
