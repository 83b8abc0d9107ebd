/**
 * The map's canvas and everything that moves on it: the force layout (run in a Web Worker, its positions
 * taken once per animation frame, so the page stays responsive while a large graph settles; layoutRunner.ts),
 * fades between answers, zoom and drag, the hit-test index, and drawing. Redraws only when something changed.
 */
import { pointer, zoomIdentity, type ZoomTransform } from 'd3';
import { BACKGROUND } from '../theme.ts';
import { ALPHA, buildBatches, type Batches, type Highlight } from './batches.ts';
import { NodeIndex } from './hitTest.ts';
import { attachInteraction, fitTransform, type Interaction } from './interaction.ts';
import { createLayoutRunner } from './createLayoutRunner.ts';
import type { LayoutRunner } from './layoutRunner.ts';
import { drawScene, type Scene } from './renderer.ts';
import { SNAPSHOT_FROM_ELEMENTS, ViewportSnapshot } from './snapshot.ts';
import { tieAt } from './tieHit.ts';
import { advanceFades, startFades } from './transition.ts';
import type { MapLink, MapModel, MapNode } from './types.ts';

const HIT_TOLERANCE_PX = 3;

/** Draws over the map in layout coordinates; `k` is the zoom (divide screen sizes by it). */
export type MapOverlay = (ctx: CanvasRenderingContext2D, k: number) => void;

export interface MapCanvasEvents {
  hover(node: MapNode | undefined, event: PointerEvent): void;
  click(node: MapNode | undefined): void;
  escape(): void;
  /** The map came to rest: layout settled and fades done (false: it started moving again). */
  settled(settled: boolean): void;
  /** The pointer is over a tie (no node under it), or left it (undefined). Without it ties are not hit. */
  hoverTie?(link: MapLink | undefined, event: PointerEvent): void;
  clickTie?(link: MapLink): void;
}

export class MapCanvas {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly interaction: Interaction;
  private readonly resize: ResizeObserver;
  private model: MapModel | undefined;
  private layout: LayoutRunner | undefined;
  private batches: Batches = { links: [], nodes: [], flagged: [], motionMinWidth: 0 };
  private index: NodeIndex | undefined;
  private transform: ZoomTransform = zoomIdentity;
  private size = { width: 0, height: 0, pixelRatio: 1 };
  private selected: MapNode | null = null;
  private hovered: MapNode | null = null;
  private hoveredTie: MapLink | null = null;
  private highlight: Highlight | null = null;
  private fading = false;
  private gesture = false;
  private readonly snapshot = new ViewportSnapshot();
  private dragging = false;
  private userMoved = false;
  private frame = 0;
  private wasSettled = true;
  private overlay: MapOverlay | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: MapCanvasEvents,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    host.append(this.canvas);
    this.context = this.canvas.getContext('2d', { alpha: false })!;
    this.interaction = attachInteraction(this.canvas, {
      transform: () => this.transform,
      nodeAt: (x, y) => this.nodeAt(x, y),
      onZoom: (transform, byUser) => {
        this.transform = transform;
        this.userMoved ||= byUser;
        this.request();
      },
      onGesture: (active) => this.onGesture(active),
      onHover: (node, event) => {
        this.setHovered(node ?? null);
        const tie =
          node || event.type === 'pointerleave' ? undefined : this.tieAt(...pointer(event, this.canvas));
        this.setHoveredTie(tie ?? null, event);
        if (!tie) events.hover(node, event);
      },
      onClick: (node, at) => {
        const tie = node ? undefined : this.tieAt(...at);
        if (tie && events.clickTie) events.clickTie(tie);
        else events.click(node);
      },
      onDrag: (node, phase, [x, y]) => this.drag(node, phase, x, y),
      onKey: (key) => (key === 'fit' ? this.fit(300, true) : events.escape()),
    });
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(host);
    this.measure();
  }

  /** Shows a new answer's model: nodes that stay keep their place, the layout warms up, fades start. */
  setModel(model: MapModel, previous: MapModel | undefined): void {
    this.model = model;
    startFades(model, previous, performance.now());
    this.fading = previous !== undefined;
    const data = { nodes: model.nodes, links: model.links, level: model.answer.level };
    // Mostly new nodes (another level, a very different filter): lay out afresh rather than nudge.
    const kept = previous ? model.nodes.filter((node) => previous.byId.get(node.id) === node).length : 0;
    const fresh = !this.layout || kept < model.nodes.length / 2;
    this.layout ??= createLayoutRunner();
    this.layout.setData(data, fresh);
    if (fresh) {
      this.userMoved = false;
      this.interaction.moveTo(fitTransform(model.nodes, this.size.width, this.size.height), 0);
    }
    // Reheated: moving from now on; the frame where it comes to rest (perhaps the first) says so.
    this.wasSettled = false;
    this.events.settled(false);
    this.restyle();
  }

  /** Shows nothing (after a failed request: no data of another query stays on screen). */
  clear(): void {
    this.layout?.stop();
    this.layout = undefined;
    this.model = undefined;
    this.batches = { links: [], nodes: [], flagged: [], motionMinWidth: 0 };
    this.index = undefined;
    this.canvas.setAttribute('aria-label', 'Network map: nothing to show.');
    this.request();
  }

  /** After the encodings (`sizes`: node sizes may have changed) or the focus changed. */
  restyle(options: { sizes?: boolean } = {}): void {
    if (!this.model) return;
    if (options.sizes && this.layout) this.layout.refreshRadii();
    this.batches = buildBatches(this.model, this.highlight);
    this.index = undefined;
    this.request();
  }

  /** Marks a node selected and fades what is outside `emphasis` (ties among emphasised nodes stay). */
  setSelection(node: MapNode | null, emphasis: Set<MapNode> | null): void {
    this.selected = node;
    this.highlight = node && emphasis ? { node, emphasis, focus: true } : null;
    if (!node && emphasis) this.highlight = { node: null, emphasis, focus: true };
    this.restyle();
  }

  /** Selects a node (null: none); the highlight dims everything outside the node's neighbourhood. */
  setHighlight(highlight: Highlight | null): void {
    this.selected = highlight?.node ?? null;
    this.highlight = highlight;
    this.restyle();
  }

  /** Centres the view on a node, zooming in enough to read its neighbourhood. */
  centreOn(node: MapNode, ms = 500): void {
    const k = Math.max(this.transform.k, this.model?.answer.level === 'person' ? 2 : 1);
    const target = zoomIdentity
      .translate(this.size.width / 2, this.size.height / 2)
      .scale(k)
      .translate(-node.x, -node.y);
    this.interaction.moveTo(target, ms);
  }

  /** Fits every node in view; `refit` (the Fit button): the map fits itself again when it next settles. */
  fit(ms = 0, refit = false): void {
    if (refit) this.userMoved = false;
    if (this.model)
      this.interaction.moveTo(fitTransform(this.model.nodes, this.size.width, this.size.height), ms);
  }

  /** Marks a view draws over the map (client/whatif/), in layout coordinates; null: none. */
  setOverlay(overlay: MapOverlay | null): void {
    this.overlay = overlay;
    this.request();
  }

  /** What is drawn now (for exports). */
  scene(pixelRatio = this.size.pixelRatio): Scene | undefined {
    if (!this.model) return undefined;
    return {
      model: this.model,
      batches: this.batches,
      transform: this.transform,
      width: this.size.width,
      height: this.size.height,
      pixelRatio,
      selected: this.selected,
      hovered: null,
      emphasis: this.highlight?.emphasis ?? null,
      fading: this.fading,
      moving: false,
    };
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.layout?.stop();
    this.resize.disconnect();
    this.interaction.destroy();
    this.canvas.remove();
  }

  private request(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    const now = performance.now();
    let moving = false;
    if (this.layout && !this.layout.settled) {
      if (this.layout.step(now)) this.index = undefined;
      moving = true;
    }
    if (this.model && this.fading) this.fading = advanceFades(this.model, now);
    const layoutAtRest = !this.layout || this.layout.settled;
    const settled = layoutAtRest && !this.fading;
    this.draw(!settled || this.gesture || this.dragging);
    if (settled !== this.wasSettled) {
      this.wasSettled = settled;
      if (settled && !this.userMoved) this.fit(400);
      this.events.settled(settled);
    }
    if (moving || this.fading) this.request();
  }

  private onGesture(active: boolean): void {
    this.gesture = active;
    const large = (this.model?.nodes.length ?? 0) + (this.model?.links.length ?? 0) > SNAPSHOT_FROM_ELEMENTS;
    const still = this.wasSettled && !this.dragging && !this.fading;
    if (active && large && still) this.snapshot.take(this.canvas, this.transform);
    if (!active) this.snapshot.drop();
    this.request();
  }

  private draw(moving: boolean): void {
    if (this.gesture && this.snapshot.active)
      return this.snapshot.draw(this.context, this.transform, this.size.pixelRatio);
    const scene = this.scene();
    if (scene) {
      drawScene(this.context, {
        ...scene,
        hovered: this.hovered,
        hoveredTie: this.hoveredTie,
        moving,
      });
      return this.drawOverlay(scene.transform);
    }
    this.context.setTransform(1, 0, 0, 1, 0, 0);
    this.context.fillStyle = BACKGROUND;
    this.context.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }

  private drawOverlay(t: ZoomTransform): void {
    if (!this.overlay) return;
    const pr = this.size.pixelRatio;
    this.context.save();
    this.context.setTransform(pr * t.k, 0, 0, pr * t.k, pr * t.x, pr * t.y);
    this.overlay(this.context, t.k);
    this.context.restore();
  }

  private nodeAt(x: number, y: number): MapNode | undefined {
    if (!this.model) return undefined;
    this.index ??= new NodeIndex(this.model.nodes);
    const [lx, ly] = this.transform.invert([x, y]);
    return this.index.find(lx, ly, HIT_TOLERANCE_PX / this.transform.k);
  }

  private tieAt(x: number, y: number): MapLink | undefined {
    if (!this.model || !this.events.hoverTie) return undefined;
    const [lx, ly] = this.transform.invert([x, y]);
    return tieAt(this.drawnLinks(), lx, ly, HIT_TOLERANCE_PX / this.transform.k);
  }

  /** The ties drawn at full strength now: faded ones (outside a selection) are not picked. */
  private *drawnLinks(): Iterable<MapLink> {
    for (const batch of this.batches.links) if (batch.alpha > ALPHA.fadedLink) yield* batch.links;
  }

  private setHoveredTie(link: MapLink | null, event: PointerEvent): void {
    this.canvas.classList.toggle('over-tie', link !== null);
    if (link === this.hoveredTie) return;
    this.hoveredTie = link;
    this.events.hoverTie?.(link ?? undefined, event);
    this.request();
  }

  private setHovered(node: MapNode | null): void {
    if (node === this.hovered) return;
    this.hovered = node;
    this.request();
  }

  /**
   * A press on a node is a drag only once it moves: a click (press, release) neither warms the layout nor
   * counts as the user moving the map, so the map still fits itself when it comes to rest.
   */
  private drag(node: MapNode, phase: 'start' | 'move' | 'end', x: number, y: number): void {
    if (!this.layout || phase === 'start') return;
    if (phase === 'end') {
      if (this.dragging) this.layout.pin(node, null);
      this.dragging = false;
    } else {
      this.dragging = true;
      this.userMoved = true;
      this.layout.pin(node, [x, y]);
    }
    this.request();
  }

  private measure(): void {
    const { width, height } = this.host.getBoundingClientRect();
    const pixelRatio = window.devicePixelRatio || 1;
    this.size = {
      width: Math.max(1, Math.floor(width)),
      height: Math.max(1, Math.floor(height)),
      pixelRatio,
    };
    this.canvas.width = Math.round(this.size.width * pixelRatio);
    this.canvas.height = Math.round(this.size.height * pixelRatio);
    // A new size (a panel beside it grew, a tab showed it) keeps the map fitted until the user moves it.
    if (this.model && !this.userMoved) this.fit(0);
    this.request();
  }
}
