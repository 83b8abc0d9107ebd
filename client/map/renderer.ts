/**
 * Draws the map on a canvas: ties, nodes, marks (flags, selection, hover) and labels, in that order, under
 * the zoom transform. Shapes outside the viewport are skipped; nodes smaller than two screen pixels are
 * drawn as squares (same look, far cheaper); fading nodes (transitions) are drawn one by one.
 */
import type { ZoomTransform } from 'd3';
import { BACKGROUND, INK, SELECTION } from '../theme.ts';
import { ALPHA, type Batches } from './batches.ts';
import type { MapLink, MapModel, MapNode } from './types.ts';

export interface Scene {
  model: MapModel;
  batches: Batches;
  transform: ZoomTransform;
  /** CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
  selected: MapNode | null;
  hovered: MapNode | null;
  emphasis: Set<MapNode> | null;
  /** Some node is fading in or out (transition.ts): draw nodes one by one where needed. */
  fading: boolean;
}

export const LABEL_FONT = '12px system-ui, sans-serif';
/** An average character of LABEL_FONT, for placing labels without measuring each. */
const LABEL_CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 14;

export interface View {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  k: number;
}

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { transform: t, pixelRatio: pr } = scene;
  ctx.save();
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, scene.width, scene.height);
  const view = viewOf(scene);
  ctx.setTransform(pr * t.k, 0, 0, pr * t.k, pr * t.x, pr * t.y);
  drawLinks(ctx, scene, view);
  drawNodes(ctx, scene, view);
  drawMarks(ctx, scene, view);
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  drawLabels(ctx, scene, view);
  ctx.restore();
}

function drawLinks(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  ctx.lineCap = 'round';
  for (const batch of scene.batches.links) {
    ctx.beginPath();
    for (const link of batch.links) {
      if (link.source.opacity < 1 || link.target.opacity < 1 || !linkVisible(link, view)) continue;
      ctx.moveTo(link.source.x, link.source.y);
      ctx.lineTo(link.target.x, link.target.y);
    }
    ctx.globalAlpha = batch.alpha;
    ctx.strokeStyle = batch.colour;
    ctx.lineWidth = batch.width / view.k;
    ctx.stroke();
  }
  if (!scene.fading) return;
  const linkAlpha = ALPHA.link[scene.model.answer.level];
  for (const link of [...scene.model.links, ...scene.model.leavingLinks]) {
    const opacity = Math.min(link.source.opacity, link.target.opacity);
    if (opacity >= 1 || opacity <= 0 || !linkVisible(link, view)) continue;
    ctx.globalAlpha = linkAlpha * opacity;
    ctx.strokeStyle = link.colour;
    ctx.lineWidth = link.width / view.k;
    ctx.beginPath();
    ctx.moveTo(link.source.x, link.source.y);
    ctx.lineTo(link.target.x, link.target.y);
    ctx.stroke();
  }
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  const outline = scene.model.nodes.length <= 2_000;
  ctx.strokeStyle = BACKGROUND;
  ctx.lineWidth = 1 / view.k;
  for (const batch of scene.batches.nodes) {
    ctx.beginPath();
    for (const node of batch.nodes) {
      if (node.opacity < 1 || !nodeVisible(node, view)) continue;
      addNode(ctx, node, view.k);
    }
    ctx.globalAlpha = batch.alpha;
    ctx.fillStyle = batch.colour;
    ctx.fill();
    if (outline) ctx.stroke();
  }
  if (!scene.fading) return;
  for (const node of [...scene.model.nodes, ...scene.model.leaving]) {
    if (node.opacity >= 1 || node.opacity <= 0 || !nodeVisible(node, view)) continue;
    const focus = !scene.emphasis || scene.emphasis.has(node) ? 1 : ALPHA.fadedNode;
    ctx.globalAlpha = node.opacity * focus;
    ctx.fillStyle = node.colour;
    ctx.beginPath();
    addNode(ctx, node, view.k);
    ctx.fill();
  }
}

function addNode(ctx: CanvasRenderingContext2D, node: MapNode, k: number): void {
  const r = node.radius;
  if (r * k < 2) {
    ctx.rect(node.x - r, node.y - r, 2 * r, 2 * r);
    return;
  }
  ctx.moveTo(node.x + r, node.y);
  ctx.arc(node.x, node.y, r, 0, 2 * Math.PI);
}

/** Flagged nodes get a dark ring; the hovered and selected node a thicker one. */
function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  ctx.globalAlpha = 1;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5 / view.k;
  ctx.beginPath();
  for (const node of scene.batches.flagged) {
    if (node.opacity < 1 || !nodeVisible(node, view)) continue;
    if (scene.emphasis && !scene.emphasis.has(node)) continue;
    ctx.moveTo(node.x + node.radius + 2 / view.k, node.y);
    ctx.arc(node.x, node.y, node.radius + 2 / view.k, 0, 2 * Math.PI);
  }
  ctx.stroke();
  for (const [node, width] of [
    [scene.hovered, 2],
    [scene.selected, 3],
  ] as const) {
    if (!node) continue;
    ctx.strokeStyle = SELECTION;
    ctx.lineWidth = width / view.k;
    ctx.beginPath();
    ctx.arc(node.x, node.y, node.radius + (width + 2) / view.k, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/**
 * Which labels to draw: unit level all, person level once zoomed in (largest nodes first, at most 150); the
 * hovered and selected node always. A label that would overlap one already placed is left out.
 */
export function labelledNodes(scene: Scene, view: View = viewOf(scene)): Array<{ node: MapNode; y: number }> {
  const { model, transform: t } = scene;
  let candidates: MapNode[] = [];
  if (model.answer.level === 'unit') candidates = [...model.nodes].sort((a, b) => b.radius - a.radius);
  else if (view.k >= 1.6) {
    candidates = model.nodes
      .filter((node) => nodeVisible(node, view))
      .sort((a, b) => b.radius - a.radius)
      .slice(0, 150);
  }
  const always = [scene.selected, scene.hovered].filter((node): node is MapNode => node !== null);
  const placed: Box[] = [];
  const labelled: Array<{ node: MapNode; y: number }> = [];
  for (const node of new Set([...always, ...candidates])) {
    if (node.opacity <= 0) continue;
    const width = node.data.label.length * LABEL_CHAR_WIDTH + 4;
    const x = t.applyX(node.x) - width / 2;
    const below = t.applyY(node.y) + node.radius * t.k + 3;
    const above = t.applyY(node.y) - node.radius * t.k - 3 - LABEL_HEIGHT;
    const free = [below, above].find(
      (y) => !placed.some((box) => overlap(box, [x, y, x + width, y + LABEL_HEIGHT])),
    );
    if (free === undefined && !always.includes(node)) continue;
    const y = free ?? below;
    placed.push([x, y, x + width, y + LABEL_HEIGHT]);
    labelled.push({ node, y });
  }
  return labelled;
}

type Box = [number, number, number, number];

function overlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** Opacity of a node's label: faded with the node outside the focus, unless hovered or selected. */
export function labelOpacity(scene: Scene, node: MapNode): number {
  const marked = node === scene.hovered || node === scene.selected;
  const faded = scene.emphasis && !scene.emphasis.has(node) && !marked;
  return node.opacity * (faded ? ALPHA.fadedNode : 1);
}

function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  const t = scene.transform;
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  for (const { node, y } of labelledNodes(scene, view)) {
    ctx.globalAlpha = labelOpacity(scene, node);
    const x = t.applyX(node.x);
    ctx.lineWidth = 3;
    ctx.strokeStyle = BACKGROUND;
    ctx.strokeText(node.data.label, x, y);
    ctx.fillStyle = INK;
    ctx.fillText(node.data.label, x, y);
  }
}

/** The visible rectangle in layout coordinates. */
export function viewOf(scene: Pick<Scene, 'transform' | 'width' | 'height'>): View {
  const t = scene.transform;
  return {
    x0: -t.x / t.k,
    y0: -t.y / t.k,
    x1: (scene.width - t.x) / t.k,
    y1: (scene.height - t.y) / t.k,
    k: t.k,
  };
}

export function nodeVisible(node: MapNode, view: View): boolean {
  const r = node.radius + 4 / view.k;
  return node.x + r >= view.x0 && node.x - r <= view.x1 && node.y + r >= view.y0 && node.y - r <= view.y1;
}

function linkVisible(link: MapLink, view: View): boolean {
  const { source: a, target: b } = link;
  return !(
    (a.x < view.x0 && b.x < view.x0) ||
    (a.x > view.x1 && b.x > view.x1) ||
    (a.y < view.y0 && b.y < view.y0) ||
    (a.y > view.y1 && b.y > view.y1)
  );
}
