/**
 * A large value across a thread boundary without one long stall where it arrives. A structured clone is
 * deserialised in one go when its message is dispatched, and Node dispatches the messages already queued on a
 * port in one go too, so neither one big message nor many small ones let the HTTP thread answer in between.
 * So the sender cuts every long array (and every large Map, and every object with many keys, such as a record
 * per person) into chunks and serialises each chunk into a buffer of its own; the buffers cross transferred, not
 * copied (one message of bare buffers costs nothing to receive), and the receiver deserialises them one chunk per
 * turn of the event loop.
 */
import v8 from 'node:v8';

export interface Pieces {
  /**
   * The value with every long array, large Map or large record replaced by a marker of its chunk count, and where
   * the markers are (key paths, in the order a depth-first walk meets them): the receiver puts the chunks back
   * there and leaves every other part as the deserialiser made it, instead of rebuilding each object key by key.
   */
  skeleton: Uint8Array;
  /** The chunks, in the order of the marker paths. */
  chunks: Uint8Array[];
}

/** Items per chunk: a few hundred engagement records deserialise in well under a millisecond. */
const ITEMS_PER_CHUNK = 256;

interface Marker {
  /** A record crosses as its entries. */
  kind: 'array' | 'map' | 'record';
  chunks: number;
}
type Path = Array<string | number>;

interface Skeleton {
  value: unknown;
  markers: Array<{ path: Path; marker: Marker }>;
}

export function toPieces(value: unknown): Pieces {
  const chunks: Uint8Array[] = [];
  const markers: Skeleton['markers'] = [];
  cut(value, [], markers, chunks);
  // the long parts go in the chunks, not twice: the skeleton carries the value with them left out
  const skeleton: Skeleton = { value: withoutCut(value, markers), markers };
  return { skeleton: owned(v8.serialize(skeleton)), chunks };
}

/** The buffers to hand to postMessage's transfer list. */
export function pieceBuffers(pieces: Pieces): ArrayBuffer[] {
  return [pieces.skeleton, ...pieces.chunks].map((chunk) => chunk.buffer as ArrayBuffer);
}

/** The value again, one chunk per `pause()` (a turn of the event loop on the HTTP thread). */
export async function fromPieces<T>(pieces: Pieces, pause: () => Promise<void>): Promise<T> {
  const queue = pieces.chunks.values();
  const skeleton = v8.deserialize(pieces.skeleton) as Skeleton;
  let value = skeleton.value;
  for (const { path, marker } of skeleton.markers) {
    const items: unknown[] = [];
    for (let i = 0; i < marker.chunks; i++) {
      for (const item of v8.deserialize(queue.next().value as Uint8Array) as unknown[]) items.push(item);
      await pause();
    }
    const whole = wholeOf(marker.kind, items);
    if (path.length === 0) value = whole;
    else place(value, path, whole);
  }
  return value as T;
}

function wholeOf(kind: Marker['kind'], items: unknown[]): unknown {
  if (kind === 'array') return items;
  if (kind === 'map') return new Map(items as Array<[unknown, unknown]>);
  const record: Record<string, unknown> = {};
  for (const [key, value] of items as Array<[string, unknown]>) setField(record, key, value);
  return record;
}

/** Walks the value depth-first, cutting every long array, large Map and large record into chunks, noting where. */
function cut(value: unknown, path: Path, markers: Skeleton['markers'], chunks: Uint8Array[]): void {
  if (Array.isArray(value)) {
    if (value.length > ITEMS_PER_CHUNK) markers.push({ path, marker: chunked('array', value, chunks) });
    else value.forEach((item, i) => cut(item, [...path, i], markers, chunks));
  } else if (value instanceof Map) {
    if (value.size > ITEMS_PER_CHUNK) markers.push({ path, marker: chunked('map', [...value], chunks) });
  } else if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length > ITEMS_PER_CHUNK)
      markers.push({ path, marker: chunked('record', Object.entries(value), chunks) });
    else for (const key of keys) cut(value[key], [...path, key], markers, chunks);
  }
}

function chunked(kind: Marker['kind'], items: unknown[], chunks: Uint8Array[]): Marker {
  let count = 0;
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK, count++) {
    chunks.push(owned(v8.serialize(items.slice(start, start + ITEMS_PER_CHUNK))));
  }
  return { kind, chunks: count };
}

/**
 * The skeleton with the cut parts replaced by null: copies only along the paths to them (the caller's value is
 * never changed), every other part shared as it is.
 */
function withoutCut(value: unknown, markers: Skeleton['markers']): unknown {
  let out = value;
  for (const { path } of markers) out = path.length === 0 ? null : replaced(out, path, 0);
  return out;
}

function replaced(value: unknown, path: Path, depth: number): unknown {
  const copy = (Array.isArray(value) ? [...value] : copied(value)) as Record<string | number, unknown>;
  const key = path[depth]!;
  copy[key] = depth === path.length - 1 ? null : replaced(copy[key], path, depth + 1);
  return copy;
}

function copied(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null);
  for (const key of Object.keys(value as object)) setField(out, key, (value as Record<string, unknown>)[key]);
  return out;
}

function place(value: unknown, path: Path, whole: unknown): void {
  let parent = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  setField(parent as Record<string, unknown>, String(path.at(-1)), whole);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Sets even a field named `__proto__` as a field, the way structured clone keeps it. */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy with an ArrayBuffer of its own: v8.serialize's Buffer may sit in a larger one, which cannot move. */
function owned(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer);
}
