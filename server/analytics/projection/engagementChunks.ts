/**
 * The engagements of a time range, from chunks Neo4j keeps per 30-day slot (chunkCodec.ts) where they are
 * current, and row by row (engagementTable.ts) where they are not. Chunks belong to the graph's chunk epoch: a
 * graph deleted and imported again starts its data versions over under a new one. A compute thread that reads rows of whole
 * slots keeps them as chunks for the next read — of any thread, process or window — once its task is answered.
 *
 * When a chunk is current: it was written at data version c, and every version after it up to the current one
 * was made by an import that recorded the slots it touched (cypher/import/recordChange.cypher), none of them
 * this chunk's. A version bumped by anything else (erasure, retention, a test) leaves no record and so retires
 * every older chunk; erasure and retention delete them as well, in the transaction that bumps the version, so
 * no forgotten person or dropped engagement stays behind in a chunk. A chunk is written only while the data
 * version is still the one read before its rows (cypher/projection/chunks/write.cypher, under the lock of the
 * version's node): rows that an import changed during the read are never kept under the version before it.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { cypher } from '../../db/cypherFiles.ts';
import { toInteger } from '../../db/values.ts';
import {
  CHUNK_FORMAT,
  CHUNKS_READABLE,
  decodeChunk,
  encodeChunk,
  slotOf,
  slotStart,
  type ChunkRecord,
  type TablePart,
} from './chunkCodec.ts';
import { readEngagementTable, type EngagementTable } from './engagementTable.ts';
import { joinParts } from './tableParts.ts';

export interface ChunkedRead {
  table: EngagementTable;
  /** Settles once the slots read row by row are kept as chunks (at once when nothing is to be kept). */
  kept: Promise<void>;
}

/** Runs the writing of chunks when it suits the caller (a compute thread: once its task is done). */
export type KeepChunks = (write: () => Promise<void>) => void;

const AT_ONCE: KeepChunks = (write) => void write();

interface ChunkState {
  /** The graph's chunk epoch (null before any chunk or import gave it one). */
  epoch: string | null;
  version: number;
  /** Slots whose chunk is current, ascending. */
  current: number[];
}

/**
 * The engagements in [since, to); `keep`: write the whole slots read row by row as chunks (true: at once; a
 * function: when it runs the write).
 */
export async function readEngagements(
  db: Database,
  since: number,
  to: number,
  keep: boolean | KeepChunks = false,
): Promise<ChunkedRead> {
  if (!CHUNKS_READABLE)
    return { table: await readEngagementTable(db, new Date(since), new Date(to)), kept: done };
  const state = await chunkState(db, slotOf(since), slotOf(to - 1));
  const gaps = uncovered(state.current, since, to);
  const [chunks, rows] = await Promise.all([
    readChunks(db, state.current),
    Promise.all(gaps.map((gap) => readEngagementTable(db, new Date(gap.from), new Date(gap.to)))),
  ]);
  if (chunks.size < state.current.length) return readEngagements(db, since, to, keep); // erased meanwhile
  const parts: TablePart[] = [
    ...state.current.map((slot) => ({ part: chunks.get(slot)!, from: slotStart(slot) })),
    ...gaps.map((gap, g) => ({ part: rows[g]!, from: gap.from })),
  ]
    .sort((a, b) => a.from - b.from)
    .map(({ part }) => part);
  const later = keep === true ? AT_ONCE : keep;
  const kept = later
    ? new Promise<void>((resolve, reject) =>
        later(() => writeChunks(db, state, gaps, rows).then(resolve, reject)),
      )
    : done;
  return { table: joinParts(parts, since, to), kept };
}

const done = Promise.resolve();

async function chunkState(db: Database, first: number, last: number): Promise<ChunkState> {
  const [row] = await db.read('projection/chunks/state', {
    first: toInteger(first),
    last: toInteger(last),
    format: toInteger(CHUNK_FORMAT),
  });
  const epoch = (row?.epoch ?? null) as string | null;
  const version = Number(row?.version ?? 0);
  const chunks = (row?.chunks ?? []) as Array<[number, number]>;
  const changes = new Map((row?.changes ?? []) as Array<[number, number[]]>);
  const current = chunks
    .filter(([slot, written]) => isCurrent(slot, written, version, changes))
    .map(([slot]) => slot)
    .sort((a, b) => a - b);
  return { epoch, version, current };
}

function isCurrent(slot: number, written: number, version: number, changes: Map<number, number[]>): boolean {
  if (written > version) return false; // the versions started again (the meta node went): nothing is known
  for (let v = written + 1; v <= version; v++)
    if (!changes.get(v) || changes.get(v)!.includes(slot)) return false;
  return true;
}

/** The spans of [since, to) that no current chunk covers. */
function uncovered(
  current: readonly number[],
  since: number,
  to: number,
): Array<{ from: number; to: number }> {
  const gaps: Array<{ from: number; to: number }> = [];
  let cursor = since;
  for (const slot of current) {
    if (slotStart(slot) > cursor) gaps.push({ from: cursor, to: slotStart(slot) });
    cursor = Math.max(cursor, slotStart(slot + 1));
  }
  if (cursor < to) gaps.push({ from: cursor, to });
  return gaps;
}

async function readChunks(db: Database, slots: readonly number[]): Promise<Map<number, TablePart>> {
  if (slots.length === 0) return new Map();
  const session = db.session('READ', { fetchSize: -1 });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(cypher('projection/chunks/read'), { slots: slots.map(toInteger) }),
    );
    return new Map(
      result.records.map((record) => {
        const chunk = record.get('chunk') as ChunkRecord;
        return [Number(chunk.slot), decodeChunk(chunk)];
      }),
    );
  } finally {
    await session.close();
  }
}

/**
 * Keeps every whole slot of the gaps that holds engagements, each in a transaction of its own (a slot of a large
 * org is megabytes); a failed write leaves its slot to be read row by row again, nothing else.
 */
async function writeChunks(
  db: Database,
  { epoch, version }: ChunkState,
  gaps: ReadonlyArray<{ from: number; to: number }>,
  rows: TablePart[],
): Promise<void> {
  const ours = randomUUID(); // the epoch a graph never imported takes with the first of these writes
  for (const chunk of gaps.flatMap((gap, g) => wholeSlots(rows[g]!, gap.from, gap.to))) {
    const params = { epoch, ours, version: toInteger(version), chunks: [withIntegers(chunk)] };
    await db.write('projection/chunks/write', params).catch(() => undefined);
  }
}

function wholeSlots(part: TablePart, from: number, to: number): ChunkRecord[] {
  const bySlot = new Map<number, number[]>();
  for (let i = 0; i < part.size; i++) {
    const slot = slotOf(part.at[i]!);
    if (slotStart(slot) < from || slotStart(slot + 1) > to) continue; // a slot the gap holds only in part
    let rows = bySlot.get(slot);
    if (!rows) bySlot.set(slot, (rows = []));
    rows.push(i);
  }
  return [...bySlot].map(([slot, rows]) =>
    encodeChunk(
      part,
      rows.sort((a, b) => part.at[a]! - part.at[b]!),
      slot,
    ),
  );
}

function withIntegers(chunk: ChunkRecord) {
  return {
    ...chunk,
    format: toInteger(chunk.format),
    slot: toInteger(chunk.slot),
    size: toInteger(chunk.size),
    links: toInteger(chunk.links),
  };
}
