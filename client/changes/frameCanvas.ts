/**
 * A canvas for maps whose picture is chosen by the view rather than by the map's encodings: What changed
 * (ties coloured by change) and the time-lapse (one frame of many over fixed positions). It lays a model out
 * once with the map's layout runner (a Web Worker), then draws whatever batches the view hands it with the
 * map's renderer (client/map/renderer.ts), under the map's zoom and pan; nodes stay where the layout put them.
 */
import { zoomIdentity, type ZoomTransform } from 'd3';
import { el } from '../shell/dom.ts';
import type { Batches } from '../map/batches.ts';
import { createLayoutRunner } from '../map/createLayoutRunner.ts';
import { NodeIndex } from '../map/hitTest.ts';
import { attachInteraction, fitTransform, type Interaction } from '../map/interaction.ts';
import type { LayoutRunner } from '../map/layoutRunner.ts';
import { drawScene } from '../map/renderer.ts';
import type { MapModel, MapNode } from '../map/types.ts';

const HIT_TOLERANCE_PX = 3;

/** What one picture shows: the batches to draw, the selection, and extra marks drawn on top. */
export interface Frame {
  batches: Batches;
  selected: MapNode | null;
  /** Nodes outside it have faded labels. */
  emphasis: Set<MapNode> | null;
  /** Drawn last, in layout coordinates (the zoom transform applied). */
  overlay?: (ctx: CanvasRenderingContext2D, k: number) => void;
}

export interface FrameCanvasEvents {
  click(node: MapNode | undefined): void;
  hover?(node: MapNode | undefined, event: PointerEvent): void;
}

export class FrameCanvas {
  readonly stage: HTMLElement;
  readonly canvas = el('canvas', { attrs: { tabindex: 0, role: 'img' } });
  private readonly context: CanvasRenderingContext2D;
  private readonly interaction: Interaction;
  private readonly resize: ResizeObserver;
  private model: MapModel | undefined;
  private frame: Frame | undefined;
  private layout: LayoutRunner | undefined;
  private index: NodeIndex | undefined;
  private transform: ZoomTransform = zoomIdentity;
  private size = { width: 1, height: 1, pixelRatio: 1 };
  private hovered: MapNode | null = null;
  private userMoved = false;
  private pending = 0;

  constructor(className: string, events: FrameCanvasEvents) {
    this.stage = el('div', { className: `map-stage ${className}`, attrs: { 'data-layout': 'idle' } }, [
      this.canvas,
    ]);
    this.context = this.canvas.getContext('2d', { alpha: false })!;
    this.interaction = attachInteraction(this.canvas, {
      transform: () => this.transform,
      nodeAt: (x, y) => this.nodeAt(x, y),
      onZoom: (transform, byUser) => {
        this.transform = transform;
        this.userMoved ||= byUser;
        this.request();
      },
      onGesture: () => this.request(),
      onHover: (node, event) => {
        this.hovered = node ?? null;
        events.hover?.(node, event);
        this.request();
      },
      onClick: (node) => events.click(node),
      onDrag: (node, phase, at) => this.layout?.pin(node, phase === 'end' ? null : at),
      onKey: (key) => (key === 'fit' ? this.fit() : events.click(undefined)),
    });
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(this.stage);
  }

  /** Lays the model out afresh; the stage's data-layout says "settled" once the nodes are at rest. */
  layOut(model: MapModel): void {
    this.model = model;
    this.index = undefined;
    this.userMoved = false;
    this.layout ??= createLayoutRunner();
    this.layout.setData({ nodes: model.nodes, links: model.links, level: model.answer.level }, true);
    this.stage.dataset.layout = 'running';
    this.request();
  }

  show(frame: Frame): void {
    this.frame = frame;
    this.index = undefined; // a frame may size nodes anew
    this.request();
  }

  fit(): void {
    if (this.model)
      this.interaction.moveTo(fitTransform(this.model.nodes, this.size.width, this.size.height), 0);
  }

  destroy(): void {
    cancelAnimationFrame(this.pending);
    this.layout?.stop();
    this.resize.disconnect();
    this.interaction.destroy();
  }

  private request(): void {
    if (!this.pending) this.pending = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.pending = 0;
    const layout = this.layout;
    const running = layout !== undefined && !layout.settled;
    if (layout && running && layout.step(performance.now())) this.index = undefined;
    if (running && !this.userMoved) this.fit();
    if (running && layout.settled) {
      if (!this.userMoved) this.fit();
      this.stage.dataset.layout = 'settled';
    }
    this.paint(running && !layout.settled);
    if (running) this.request();
  }

  private paint(moving: boolean): void {
    const { model, frame, context: ctx } = this;
    const { width, height, pixelRatio } = this.size;
    if (!model || !frame) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
      return;
    }
    const { batches, selected, emphasis } = frame;
    const transform = this.transform;
    const scene = { model, batches, transform, width, height, pixelRatio, selected, emphasis };
    drawScene(ctx, { ...scene, hovered: this.hovered, fading: false, moving });
    if (!frame.overlay) return;
    ctx.save();
    const t = transform;
    ctx.setTransform(pixelRatio * t.k, 0, 0, pixelRatio * t.k, pixelRatio * t.x, pixelRatio * t.y);
    frame.overlay(ctx, t.k);
    ctx.restore();
  }

  private nodeAt(x: number, y: number): MapNode | undefined {
    if (!this.model) return undefined;
    this.index ??= new NodeIndex(this.model.nodes);
    const [lx, ly] = this.transform.invert([x, y]);
    return this.index.find(lx, ly, HIT_TOLERANCE_PX / this.transform.k);
  }

  private measure(): void {
    const { width, height } = this.stage.getBoundingClientRect();
    const pixelRatio = window.devicePixelRatio || 1;
    this.size = {
      width: Math.max(1, Math.floor(width)),
      height: Math.max(1, Math.floor(height)),
      pixelRatio,
    };
    this.canvas.width = Math.round(this.size.width * pixelRatio);
    this.canvas.height = Math.round(this.size.height * pixelRatio);
    if (!this.userMoved) this.fit();
    this.request();
  }
}
