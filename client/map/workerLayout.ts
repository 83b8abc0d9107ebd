/**
 * The map's side of the layout worker (layoutWorker.ts): sends the data, sizes and drags, and on each frame
 * copies the latest positions the worker posted onto the map's nodes. The layout counts as settled only when
 * the worker says so in answer to the latest change.
 */
import type { LayoutData } from './layout.ts';
import type { PositionsMessage, ToWorker } from './layoutProtocol.ts';
import type { LayoutRunner } from './layoutRunner.ts';
import type { MapNode } from './types.ts';

export class WorkerLayout implements LayoutRunner {
  private readonly worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  private nodes: MapNode[] = [];
  private index = new Map<MapNode, number>();
  private generation = 0;
  private order = 0;
  private latest: PositionsMessage | null = null;
  private atRest = true;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<PositionsMessage>) => {
      if (event.data.order !== this.order) return;
      this.latest = event.data;
      if (event.data.generation === this.generation) this.atRest = event.data.settled;
    };
  }

  get settled(): boolean {
    return this.atRest && this.latest === null;
  }

  setData(data: LayoutData, fresh: boolean): void {
    this.nodes = data.nodes;
    this.index = new Map(data.nodes.map((node, i) => [node, i]));
    const ends = new Int32Array(data.links.length * 2);
    const weights = new Float64Array(data.links.length);
    data.links.forEach((link, l) => {
      ends[2 * l] = this.index.get(link.source)!;
      ends[2 * l + 1] = this.index.get(link.target)!;
      weights[l] = link.data.weight;
    });
    this.order += 1;
    this.latest = null;
    const x = Float64Array.from(data.nodes, (node) => node.x);
    const y = Float64Array.from(data.nodes, (node) => node.y);
    const message: ToWorker = {
      type: 'data',
      generation: this.changed(),
      order: this.order,
      fresh,
      level: data.level,
      ids: data.nodes.map((node) => node.id),
      units: data.nodes.map((node) => node.data.unit),
      x,
      y,
      radius: this.radii(),
      ends,
      weights,
    };
    this.worker.postMessage(message, [
      x.buffer,
      y.buffer,
      ends.buffer,
      weights.buffer,
      message.radius.buffer,
    ]);
  }

  refreshRadii(): void {
    const radius = this.radii();
    this.worker.postMessage({ type: 'radii', generation: this.changed(), radius } satisfies ToWorker, [
      radius.buffer,
    ]);
  }

  pin(node: MapNode, at: [number, number] | null): void {
    const index = this.index.get(node);
    if (index === undefined) return;
    if (at) [node.x, node.y] = at;
    this.worker.postMessage({ type: 'pin', generation: this.changed(), index, at } satisfies ToWorker);
  }

  step(): boolean {
    const latest = this.latest;
    if (!latest) return false;
    this.latest = null;
    this.nodes.forEach((node, i) => {
      node.x = latest.xy[2 * i]!;
      node.y = latest.xy[2 * i + 1]!;
    });
    return true;
  }

  stop(): void {
    this.worker.terminate();
  }

  private changed(): number {
    this.atRest = false;
    return ++this.generation;
  }

  private radii(): Float64Array {
    return Float64Array.from(this.nodes, (node) => node.radius);
  }
}
