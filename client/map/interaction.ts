/**
 * Pointer and keyboard on the map canvas: pan and zoom (d3-zoom), dragging a node (d3-drag; the layout is
 * warmed while dragging and the node let go after), hover and click through the node index, and keys for
 * people without a mouse (arrows pan, + and − zoom, 0 fits, Escape clears the selection).
 */
import { drag, pointer, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { MapNode } from './types.ts';

export interface InteractionHandlers {
  transform(): ZoomTransform;
  /** The node at a point of the canvas (CSS pixels), if any. */
  nodeAt(x: number, y: number): MapNode | undefined;
  onZoom(transform: ZoomTransform, byUser: boolean): void;
  /** A pan or zoom gesture (or animated move) began (true) or ended (false). */
  onGesture(active: boolean): void;
  onHover(node: MapNode | undefined, event: PointerEvent): void;
  /** `at`: the point clicked, in CSS pixels of the canvas (a tie may be there when no node is). */
  onClick(node: MapNode | undefined, at: [number, number]): void;
  onDrag(node: MapNode, phase: 'start' | 'move' | 'end', at: [number, number]): void;
  onKey(key: 'escape' | 'fit'): void;
}

export interface Interaction {
  zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  /** Moves the view to `transform`, animated over `ms` (0: at once). */
  moveTo(transform: ZoomTransform, ms: number): void;
  destroy(): void;
}

const PAN_STEP = 60;

export function attachInteraction(canvas: HTMLCanvasElement, handlers: InteractionHandlers): Interaction {
  const selection = select(canvas);
  const zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 16])
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) =>
      handlers.onZoom(event.transform, event.sourceEvent !== null),
    )
    .on('start', () => handlers.onGesture(true))
    .on('end', () => handlers.onGesture(false));
  const nodeDrag = drag<HTMLCanvasElement, unknown, MapNode | undefined>()
    .container(canvas)
    .subject((event: { sourceEvent: MouseEvent }) => {
      const [x, y] = pointer(event.sourceEvent, canvas);
      return handlers.nodeAt(x, y);
    })
    .on('start drag end', (event: { type: string; subject: MapNode; sourceEvent: MouseEvent }) => {
      const at = handlers.transform().invert(pointer(event.sourceEvent, canvas));
      const phase = event.type === 'start' ? 'start' : event.type === 'end' ? 'end' : 'move';
      handlers.onDrag(event.subject, phase, at);
    });
  // Drag first: on a node it takes the gesture; elsewhere d3-zoom pans.
  selection.call(nodeDrag).call(zoomBehaviour).on('dblclick.zoom', null);
  const listeners: Array<[string, EventListener]> = [
    ['pointermove', (e) => hover(e as PointerEvent)],
    ['pointerleave', (e) => handlers.onHover(undefined, e as PointerEvent)],
    [
      'click',
      (e) => {
        const at = pointer(e, canvas);
        handlers.onClick(handlers.nodeAt(...at), at);
      },
    ],
    ['keydown', (e) => key(e as KeyboardEvent)],
  ];
  const hover = (event: PointerEvent) => {
    const node = handlers.nodeAt(...pointer(event, canvas));
    canvas.classList.toggle('over-node', node !== undefined);
    handlers.onHover(node, event);
  };
  const key = (event: KeyboardEvent) => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const k = handlers.transform().k;
    const step = pan[event.key];
    if (step) selection.call(zoomBehaviour.translateBy, step[0] / k, step[1] / k);
    else if (event.key === '+' || event.key === '=') selection.call(zoomBehaviour.scaleBy, 1.25);
    else if (event.key === '-' || event.key === '_') selection.call(zoomBehaviour.scaleBy, 0.8);
    else if (event.key === '0') handlers.onKey('fit');
    else if (event.key === 'Escape') handlers.onKey('escape');
    else return;
    event.preventDefault();
  };
  for (const [type, listener] of listeners) canvas.addEventListener(type, listener);
  return {
    zoom: zoomBehaviour,
    moveTo: (transform, ms) => {
      if (ms > 0) selection.transition().duration(ms).call(zoomBehaviour.transform, transform);
      else selection.call(zoomBehaviour.transform, transform);
    },
    destroy: () => {
      selection.on('.zoom', null).on('.drag', null);
      selection.interrupt();
      for (const [type, listener] of listeners) canvas.removeEventListener(type, listener);
    },
  };
}

/** Room kept around the fitted nodes: the status line above, labels below. */
const FIT_MARGIN = { top: 44, right: 30, bottom: 40, left: 30 };
/** A small graph is not blown up past this: nodes keep a size that reads as a map. */
const MAX_FIT_ZOOM = 1.5;

/** The transform that shows every node, with a margin, in a viewport of the given size. */
export function fitTransform(nodes: MapNode[], width: number, height: number): ZoomTransform {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    x0 = Math.min(x0, node.x - node.radius);
    y0 = Math.min(y0, node.y - node.radius);
    x1 = Math.max(x1, node.x + node.radius);
    y1 = Math.max(y1, node.y + node.radius);
  }
  const m = FIT_MARGIN;
  const [innerWidth, innerHeight] = [width - m.left - m.right, height - m.top - m.bottom];
  const centre = zoomIdentity.translate(m.left + innerWidth / 2, m.top + innerHeight / 2);
  if (!Number.isFinite(x0)) return centre;
  const k = Math.min(MAX_FIT_ZOOM, innerWidth / Math.max(1, x1 - x0), innerHeight / Math.max(1, y1 - y0));
  return centre.scale(Math.max(0.02, k)).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
}
