/**
 * The map's force layout in a Web Worker: the same seeded simulation as on the main thread (layout.ts), over
 * light node and link objects rebuilt from the data message (nodes that stay keep their position and speed).
 * Ticks in chunks of about a frame and posts the positions after each chunk, until the layout is at rest;
 * messages that arrive in between (new data, sizes, a drag) are handled between chunks.
 */
import { createLayout, isSettled, pinNode, refreshRadii, setLayoutData, type Layout } from './layout.ts';
import type { PositionsMessage, ToWorker } from './layoutProtocol.ts';
import type { MapLink, MapNode } from './types.ts';

const CHUNK_MS = 16;
const scope = self as unknown as Worker;

let layout: Layout | undefined;
let nodes: MapNode[] = [];
let generation = 0;
let order = 0;
let running = false;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  generation = message.generation;
  if (message.type === 'data') receiveData(message);
  else if (message.type === 'radii') {
    nodes.forEach((node, i) => (node.radius = message.radius[i] ?? node.radius));
    if (layout) refreshRadii(layout);
  } else if (layout && nodes[message.index]) pinNode(layout, nodes[message.index]!, message.at);
  if (!running) run();
};

function receiveData(message: Extract<ToWorker, { type: 'data' }>): void {
  const kept = new Map((message.fresh ? [] : nodes).map((node) => [node.id, node]));
  nodes = message.ids.map((id, i) => {
    const node = kept.get(id) ?? ({ id, x: message.x[i]!, y: message.y[i]!, vx: 0, vy: 0 } as MapNode);
    node.radius = message.radius[i]!;
    node.data = { unit: message.units[i]! } as MapNode['data'];
    return node;
  });
  const links: MapLink[] = [];
  for (let l = 0; l < message.weights.length; l++) {
    const source = nodes[message.ends[2 * l]!]!;
    const target = nodes[message.ends[2 * l + 1]!]!;
    links.push({ source, target, data: { weight: message.weights[l]! } } as MapLink);
  }
  const data = { nodes, links, level: message.level };
  if (message.fresh || !layout) layout = createLayout(data);
  else setLayoutData(layout, data, 0.3);
  order = message.order;
}

function run(): void {
  running = true;
  const start = performance.now();
  if (layout) {
    do layout.tick();
    while (!isSettled(layout) && performance.now() - start < CHUNK_MS);
  }
  const settled = !layout || isSettled(layout);
  post(settled);
  if (settled) running = false;
  else setTimeout(run, 0);
}

function post(settled: boolean): void {
  const xy = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    xy[2 * i] = node.x;
    xy[2 * i + 1] = node.y;
  });
  const message: PositionsMessage = { type: 'positions', generation, order, xy, settled };
  scope.postMessage(message, [xy.buffer]);
}
