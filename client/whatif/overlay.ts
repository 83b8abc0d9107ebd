/**
 * Draws the what-if marks over the map (MapCanvas.setOverlay), in layout coordinates with screen-sized strokes:
 * a cut tie is wiped (background colour, node edge to node edge) and drawn again dashed; a newly isolated unit
 * gets a double ring, someone who would carry the load a thick teal ring, and whoever leaves is crossed out.
 */
import type { MapOverlay } from '../map/mapCanvas.ts';
import type { MapNode } from '../map/types.ts';
import { BACKGROUND } from '../theme.ts';
import type { CutTie, WhatIfMarks } from './marks.ts';
import { WHATIF_COLOURS } from './whatIfColours.ts';

export function whatIfOverlay(marks: WhatIfMarks): MapOverlay {
  return (ctx, k) => {
    ctx.globalAlpha = 1;
    ctx.lineCap = 'butt';
    for (const tie of marks.cut) drawCut(ctx, tie, k);
    ctx.setLineDash([]);
    for (const node of marks.isolated) {
      ring(ctx, node, 4 / k, 2.5 / k, WHATIF_COLOURS.isolated);
      ring(ctx, node, 9 / k, 2.5 / k, WHATIF_COLOURS.isolated);
    }
    for (const node of marks.load) ring(ctx, node, 4 / k, 4 / k, WHATIF_COLOURS.load);
    for (const node of marks.leaving) cross(ctx, node, k);
  };
}

function drawCut(ctx: CanvasRenderingContext2D, tie: CutTie, k: number): void {
  const { a, b } = tie;
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length <= a.radius + b.radius) return;
  const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
  const from = [a.x + ux * a.radius, a.y + uy * a.radius] as const;
  const to = [b.x - ux * b.radius, b.y - uy * b.radius] as const;
  const segment = () => {
    ctx.beginPath();
    ctx.moveTo(...from);
    ctx.lineTo(...to);
    ctx.stroke();
  };
  ctx.setLineDash([]);
  ctx.strokeStyle = BACKGROUND;
  ctx.lineWidth = (tie.width + 2) / k;
  segment();
  ctx.setLineDash([7 / k, 5 / k]);
  ctx.strokeStyle = WHATIF_COLOURS.cut;
  ctx.lineWidth = Math.max(2.5, tie.width) / k;
  segment();
}

function ring(ctx: CanvasRenderingContext2D, node: MapNode, gap: number, width: number, colour: string) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(node.x, node.y, node.radius + gap, 0, 2 * Math.PI);
  ctx.stroke();
}

function cross(ctx: CanvasRenderingContext2D, node: MapNode, k: number): void {
  const r = node.radius + 2 / k;
  ctx.strokeStyle = WHATIF_COLOURS.leaving;
  ctx.lineWidth = 2.5 / k;
  ctx.beginPath();
  ctx.moveTo(node.x - r, node.y - r);
  ctx.lineTo(node.x + r, node.y + r);
  ctx.moveTo(node.x + r, node.y - r);
  ctx.lineTo(node.x - r, node.y + r);
  ctx.stroke();
}
