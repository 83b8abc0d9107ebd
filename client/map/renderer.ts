/**
 * Draws the map on a canvas: ties, nodes, marks (flags, selection, hover) and labels, in that order, under
 * the zoom transform. Shapes outside the viewport are skipped; nodes smaller than two screen pixels are
 * drawn as squares (same look, far cheaper); fading nodes (transitions) are drawn one by one.
 */
import { BACKGROUND, INK, SELECTION } from '../theme.ts';
import { ALPHA, tieAlpha } from './batches.ts';
import { drawLabels } from './labels.ts';
import { linkVisible, nodeVisible, viewOf, type Scene, type View } from './scene.ts';
import type { MapNode } from './types.ts';

export type { Scene } from './scene.ts';

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
  drawHoveredTie(ctx, scene, view);
  drawNodes(ctx, scene, view);
  drawMarks(ctx, scene, view);
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  drawLabels(ctx, scene, view);
  ctx.restore();
}

function drawLinks(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  ctx.lineCap = 'round';
  const minWidth = scene.moving ? scene.batches.motionMinWidth : 0;
  for (const batch of scene.batches.links) {
    if (batch.width < minWidth) continue;
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
  const linkAlpha = tieAlpha(scene.model);
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

/** The tie under the pointer: its own colour, opaque, with a dark casing so it reads over the others. */
function drawHoveredTie(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  const link = scene.hoveredTie;
  if (!link) return;
  ctx.globalAlpha = 1;
  for (const [colour, width] of [
    [SELECTION, link.width + 3],
    [link.colour, link.width + 1],
  ] as const) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width / view.k;
    ctx.beginPath();
    ctx.moveTo(link.source.x, link.source.y);
    ctx.lineTo(link.target.x, link.target.y);
    ctx.stroke();
  }
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, view: View): void {
  const outline = scene.model.nodes.length <= 2_000 && !scene.moving;
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
