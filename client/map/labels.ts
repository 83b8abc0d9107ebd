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
export function labelledNodes(scene: Scene, view: View = viewOf(scene)): Array<{ node: MapNode; y: number }> {
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

export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
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
