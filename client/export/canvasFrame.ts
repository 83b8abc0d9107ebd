/**
 * The map as a PNG framed to read on its own (frame.ts): the scene drawn as on screen into the map area of a
 * larger canvas, with the title and window above, the legend at the right and the privacy note below.
 */
import { BACKGROUND, INK } from '../theme.ts';
import { FRAME, frameSize, type ExportFrame, type FrameLine } from './frame.ts';

export interface FramedCanvasInput {
  frame: ExportFrame;
  /** The map already drawn, at `pixelRatio` device pixels per CSS pixel. */
  map: HTMLCanvasElement;
  width: number;
  height: number;
  pixelRatio: number;
}

export function framedCanvas({
  frame,
  map,
  width,
  height,
  pixelRatio,
}: FramedCanvasInput): HTMLCanvasElement {
  const size = frameSize(frame, width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size.width * pixelRatio);
  canvas.height = Math.round(size.height * pixelRatio);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(map, size.map.x, size.map.y, width, height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText(frame.title, FRAME.pad, 22);
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(frame.window, FRAME.pad, 42);
  frame.legend.forEach((line, i) => legendLine(ctx, line, size.legend.x, size.legend.y + i * FRAME.line));
  ctx.fillStyle = INK;
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(frame.privacy, FRAME.pad, size.height - 10);
  return canvas;
}

function legendLine(ctx: CanvasRenderingContext2D, line: FrameLine, x: number, y: number): void {
  if (line.swatch) {
    ctx.fillStyle = ctx.strokeStyle = line.swatch.colour;
    if (line.swatch.kind === 'dot') {
      ctx.beginPath();
      ctx.arc(x + 6, y + 9, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.lineWidth = 3;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(x, y + 9);
      ctx.lineTo(x + 14, y + 9);
      ctx.stroke();
    }
  }
  ctx.fillStyle = INK;
  ctx.font = `${line.heading ? '600 ' : ''}12px system-ui, sans-serif`;
  ctx.fillText(line.text, x + (line.swatch ? 20 : 0), y + 13);
}
