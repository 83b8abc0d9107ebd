/**
 * Moving a picture instead of redrawing: during a pan or zoom gesture on a large graph, the map as last drawn
 * is copied once and then only translated and scaled with the gesture — a frame costs one image copy however
 * many ties there are. When the gesture ends the map is drawn in full again (the technique of Cytoscape.js's
 * `textureOnViewport`). Areas the picture does not cover stay blank until then.
 */
import type { ZoomTransform } from 'd3';
import { BACKGROUND } from '../theme.ts';

/** Graphs with more nodes and ties than this move as a picture during gestures. */
export const SNAPSHOT_FROM_ELEMENTS = 4_000;

export class ViewportSnapshot {
  private image: HTMLCanvasElement | null = null;
  private taken: ZoomTransform | null = null;

  get active(): boolean {
    return this.image !== null;
  }

  take(canvas: HTMLCanvasElement, transform: ZoomTransform): void {
    const image = (this.image ??= document.createElement('canvas'));
    image.width = canvas.width;
    image.height = canvas.height;
    image.getContext('2d')!.drawImage(canvas, 0, 0);
    this.taken = transform;
  }

  drop(): void {
    this.image = null;
    this.taken = null;
  }

  /** Draws the picture where the map would now be: the transform since it was taken, in device pixels. */
  draw(context: CanvasRenderingContext2D, transform: ZoomTransform, pixelRatio: number): void {
    if (!this.image || !this.taken) return;
    const k = transform.k / this.taken.k;
    const x = (transform.x - this.taken.x * k) * pixelRatio;
    const y = (transform.y - this.taken.y * k) * pixelRatio;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.fillStyle = BACKGROUND;
    context.fillRect(0, 0, context.canvas.width, context.canvas.height);
    context.setTransform(k, 0, 0, k, x, y);
    context.drawImage(this.image, 0, 0);
  }
}
