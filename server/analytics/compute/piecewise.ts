/**
 * A large value across a thread boundary without one long stall where it arrives. A structured clone is
 * deserialised in one go when its message is dispatched, and Node dispatches the messages already queued on a
 * port in one go too, so neither one big message nor many small ones let the HTTP thread answer in between.
 * So the sender cuts every long array (and every large Map) into chunks and serialises each chunk into a buffer
 * of its own; the buffers cross transferred, not copied (one message of bare buffers costs nothing to receive),
 * and the receiver deserialises them one chunk per turn of the event loop.
 */
import v8 from 'node:v8';

export interface Pieces {
  /** The value with every long array or large Map replaced by a marker of its chunk count. */
  skeleton: Uint8Array;
  /** The chunks, in the order a depth-first walk of the skeleton meets the markers. */
  chunks: Uint8Array[];
}

/** Items per chunk: a few hundred engagement records deserialise in well under a millisecond. */
const ITEMS_PER_CHUNK = 256;
const MARK = '__trellisPieces';

interface Marker {
  [MARK]: { kind: 'array' | 'map'; chunks: number };
}

export function toPieces(value: unknown): Pieces {
  const chunks: Uint8Array[] = [];
  const skeleton = cut(value, chunks);
  return { skeleton: owned(v8.serialize(skeleton)), chunks };
}

/** The buffers to hand to postMessage's transfer list. */
export function pieceBuffers(pieces: Pieces): ArrayBuffer[] {
  return [pieces.skeleton, ...pieces.chunks].map((chunk) => chunk.buffer as ArrayBuffer);
}

/** The value again, one chunk per `pause()` (a turn of the event loop on the HTTP thread). */
export async function fromPieces<T>(pieces: Pieces, pause: () => Promise<void>): Promise<T> {
  const queue = pieces.chunks.values();
  const nextChunk = async (): Promise<unknown[]> => {
    const items = v8.deserialize(queue.next().value as Uint8Array) as unknown[];
    await pause();
    return items;
  };
  return (await join(v8.deserialize(pieces.skeleton), nextChunk)) as T;
}

function cut(value: unknown, chunks: Uint8Array[]): unknown {
  if (Array.isArray(value)) {
    if (value.length <= ITEMS_PER_CHUNK) return value.map((item) => cut(item, chunks));
    return marker('array', value, chunks);
  }
  if (value instanceof Map) {
    return value.size <= ITEMS_PER_CHUNK ? value : marker('map', [...value], chunks);
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) setField(out, key, cut(field, chunks));
  return out;
}

function marker(kind: 'array' | 'map', items: unknown[], chunks: Uint8Array[]): Marker {
  let count = 0;
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK, count++) {
    chunks.push(owned(v8.serialize(items.slice(start, start + ITEMS_PER_CHUNK))));
  }
  return { [MARK]: { kind, chunks: count } };
}

async function join(value: unknown, nextChunk: () => Promise<unknown[]>): Promise<unknown> {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) out.push(await join(item, nextChunk));
    return out;
  }
  if (!isPlainObject(value)) return value;
  if (MARK in value) {
    const { kind, chunks } = (value as unknown as Marker)[MARK];
    const items: unknown[] = [];
    for (let i = 0; i < chunks; i++) for (const item of await nextChunk()) items.push(item);
    return kind === 'map' ? new Map(items as Array<[unknown, unknown]>) : items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) setField(out, key, await join(field, nextChunk));
  return out;
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
