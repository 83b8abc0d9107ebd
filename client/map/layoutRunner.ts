/**
 * What runs the map's force layout, seen from the canvas: new data (laid out afresh, or nudged from where the
 * nodes are), new node sizes, a node pinned while dragged, and one step per animation frame. Two runners:
 * in a Web Worker (layoutWorker.ts; the page stays fluid while a large graph settles, since the ticks run off
 * the main thread) and, where workers are missing, on the main thread within a time budget per frame
 * (createLayoutRunner.ts picks one).
 */
import {
  createLayout,
  isSettled,
  pinNode,
  refreshRadii,
  setLayoutData,
  type Layout,
  type LayoutData,
} from './layout.ts';
import type { MapNode } from './types.ts';

export interface LayoutRunner {
  /** `fresh`: lay out anew from alpha 1; else reheat to 0.3 and let nodes keep their places. */
  setData(data: LayoutData, fresh: boolean): void;
  /** After node sizes changed: collision radii follow. */
  refreshRadii(): void;
  /** Pins a dragged node at (x, y), or lets it go (null); the layout stays warm while a node is pinned. */
  pin(node: MapNode, at: [number, number] | null): void;
  /** Moves the layout on within a frame that began at `frameStart`; true when positions changed. */
  step(frameStart: number): boolean;
  readonly settled: boolean;
  stop(): void;
}

/**
 * Layout ticks per frame stop after this long (at least one tick), leaving the rest of the frame for
 * drawing: the settling layout animates at 25–30 fps and comes to rest in fewer frames; a very large graph
 * ticks longer still, its frames being slow anyway.
 */
const tickBudgetMs = (nodes: number) => (nodes > 8_000 ? 40 : 24);

export class MainThreadLayout implements LayoutRunner {
  private layout: Layout | undefined;

  get settled(): boolean {
    return !this.layout || isSettled(this.layout);
  }

  setData(data: LayoutData, fresh: boolean): void {
    if (fresh || !this.layout) {
      this.layout?.stop();
      this.layout = createLayout(data);
    } else setLayoutData(this.layout, data, 0.3);
  }

  refreshRadii(): void {
    if (this.layout) refreshRadii(this.layout);
  }

  pin(node: MapNode, at: [number, number] | null): void {
    if (!this.layout) return;
    pinNode(this.layout, node, at);
  }

  step(frameStart: number): boolean {
    const layout = this.layout;
    if (!layout || isSettled(layout)) return false;
    do layout.tick();
    while (performance.now() - frameStart < tickBudgetMs(layout.nodes().length) && !isSettled(layout));
    return true;
  }

  stop(): void {
    this.layout?.stop();
    this.layout = undefined;
  }
}
