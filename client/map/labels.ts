/**
 * Labels on the map, in screen pixels over the drawn layout: which nodes get one (without overlaps) and how
 * faded each is. Shared by the canvas renderer and the SVG export.
 */
import { BACKGROUND, INK } from '../theme.ts';
import { ALPHA } from './batches.ts';
import { nodeVisible, viewOf, type Scene, type View } from './scene.ts';
import type { MapNode } from './types.ts';

export const LABEL_FONT = '12px system-ui, sans-serif';
/** An average character of LABEL_FONT, for placing labels without measuring each. */
const LABEL_CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 14;

/**
 * Which labels to draw: unit level all, person level once zoomed in (largest nodes first, at most 150); the
 * hovered and selected node always. A label that would overlap one already placed is left out.
 */
export function labelledNodes(scene: Scene, view: View = viewOf(scene)): PlacedLabel[] {
  const { model, transform: t } = scene;
  let candidates: MapNode[] = [];
  if (model.answer.level === 'unit') candidates = [...model.nodes].sort((a, b) => b.radius - a.radius);
  else if (view.k >= 1.6 && !scene.moving) {
    candidates = model.nodes
      .filter((node) => nodeVisible(node, view))
      .sort((a, b) => b.radius - a.radius)
      .slice(0, 150);
  }
  const always = [scene.selected, scene.hovered].filter((node): node is MapNode => node !== null);
  const placed: Box[] = [];
  const labelled: PlacedLabel[] = [];
  for (const node of new Set([...always, ...candidates])) {
    if (node.opacity <= 0) continue;
    const width = node.data.label.length * LABEL_CHAR_WIDTH + 4;
    // Kept inside the canvas: a label near an edge slides in rather than being cut off.
    const x = clamp(t.applyX(node.x) - width / 2, EDGE_GAP, scene.width - width - EDGE_GAP);
    const lowest = scene.height - LABEL_HEIGHT - EDGE_GAP;
    const below = clamp(t.applyY(node.y) + node.radius * t.k + 3, EDGE_GAP, lowest);
    const above = clamp(t.applyY(node.y) - node.radius * t.k - 3 - LABEL_HEIGHT, EDGE_GAP, lowest);
    const free = [below, above].find(
      (y) => !placed.some((box) => overlap(box, [x, y, x + width, y + LABEL_HEIGHT])),
    );
    if (free === undefined && !always.includes(node)) continue;
    const y = free ?? below;
    placed.push([x, y, x + width, y + LABEL_HEIGHT]);
    labelled.push({ node, x: x + width / 2, y });
  }
  return labelled;
}

/** A label's centre (x) and top (y) in screen pixels. */
export interface PlacedLabel {
  node: MapNode;
  x: number;
  y: number;
}

type Box = [number, number, number, number];

const EDGE_GAP = 2;

/** Within [low, high]; a label wider than the canvas starts at its left edge. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}

function overlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** Opacity of a node's label: faded with the node outside the focus, unless hovered or selected. */
export function labelOpacity(scene: Scene, node: MapNode): number {
  const marked = node === scene.hovered || node === scene.selected;
  const faded = scene.emphasis && !scene.emphasis.has(node) && !marked;
  return node.opacity * (faded ? ALPHA.fadedNode : 1);
}

export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  for (const { node, x, y } of labelledNodes(scene, view)) {
    ctx.globalAlpha = labelOpacity(scene, node);
    ctx.lineWidth = 3;
    ctx.strokeStyle = BACKGROUND;
    ctx.strokeText(node.data.label, x, y);
    ctx.fillStyle = INK;
    ctx.fillText(node.data.label, x, y);
  }
}
