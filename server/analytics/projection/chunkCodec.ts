/**
 * One time slot's engagements as Neo4j keeps them between reads (engagementChunks.ts): the columns of the
 * engagement table as one text, the participants as numbers into the chunk's own person ids, and the few
 * strings (person ids, kinds, outcomes) as one JSON text. Reading a slot this way costs a few large values
 * instead of a record, a list and a string per participation, and the window's projection gets the same
 * table it would have read row by row.
 */
import { DAY_MS } from '../periods.ts';
import { decodeCodes, encodeCodes } from './codes.ts';
import type { EngagementTable } from './engagementTable.ts';

/** A table without its interning (personNumber, rank), which the concatenation of the parts builds once. */
export type TablePart = Omit<EngagementTable, 'personNumber' | 'rank'>;

const SLOT_DAYS = 30;
const SLOT_MS = SLOT_DAYS * DAY_MS;

/** Slots are fixed spans of 30 days from the epoch: slot n holds [n · 30 days, (n + 1) · 30 days). */
export const slotOf = (epochMs: number): number => Math.floor(epochMs / SLOT_MS);
export const slotStart = (slot: number): number => slot * SLOT_MS;

/** The layout below; a chunk of another is not read (its slot is read row by row and its chunk replaced). */
export const CHUNK_FORMAT = 1;

/** The properties of an (:EngagementChunk) node. */
export interface ChunkRecord {
  format: number;
  slot: number;
  /** Engagements in the chunk, and their participations. */
  size: number;
  links: number;
  /** Base64 of every column, one after another in the order of COLUMNS. */
  columns: string;
  /** JSON of { personIds, kinds, outcomes }. */
  strings: string;
}

type Columns = Record<
  | 'at'
  | 'promisedBy'
  | 'deliveredAt'
  | 'durationMin'
  | 'sentiment'
  | 'start'
  | 'participant'
  | 'kindCode'
  | 'outcomeCode'
  | 'negotiated'
  | 'initiator',
  ArrayBufferView
>;

/**
 * The columns in stored order, widest first so each starts aligned to its width; `links`: one per
 * participation, else one per engagement (start: one more). Base64 text, not a byte array: the driver reads a
 * byte array a byte at a time (a third of a chunk read), a string in one native call.
 */
const COLUMNS: ReadonlyArray<{
  name: keyof Columns;
  type: 'f64' | 'i32' | 'u16' | 'u8';
  per: 'row' | 'start' | 'link';
}> = [
  { name: 'at', type: 'f64', per: 'row' },
  { name: 'promisedBy', type: 'f64', per: 'row' },
  { name: 'deliveredAt', type: 'f64', per: 'row' },
  { name: 'durationMin', type: 'f64', per: 'row' },
  { name: 'sentiment', type: 'f64', per: 'row' },
  { name: 'start', type: 'i32', per: 'start' },
  { name: 'participant', type: 'i32', per: 'link' },
  { name: 'kindCode', type: 'u16', per: 'row' },
  { name: 'outcomeCode', type: 'u16', per: 'row' },
  { name: 'negotiated', type: 'u8', per: 'row' },
  { name: 'initiator', type: 'u8', per: 'link' },
];
const ARRAY = { f64: Float64Array, i32: Int32Array, u16: Uint16Array, u8: Uint8Array };

/** The engagements `rows` (indices into the table, in time order) as the chunk of `slot`. */
export function encodeChunk(table: TablePart, rows: readonly number[], slot: number): ChunkRecord {
  const local = new Map<number, number>(); // person number in the table → in the chunk
  const personIds: string[] = [];
  const links = rows.reduce((sum, i) => sum + table.start[i + 1]! - table.start[i]!, 0);
  const start = new Int32Array(rows.length + 1);
  const participant = new Int32Array(links);
  const initiator = new Uint8Array(links);
  let filled = 0;
  rows.forEach((i, slotRow) => {
    for (let k = table.start[i]!; k < table.start[i + 1]!; k++, filled++) {
      const person = table.participant[k]!;
      let n = local.get(person);
      if (n === undefined) local.set(person, (n = personIds.push(table.personIds[person]!) - 1));
      participant[filled] = n;
      initiator[filled] = table.initiator[k]!;
    }
    start[slotRow + 1] = filled;
  });
  const floats = (column: Float64Array) => Float64Array.from(rows, (i) => column[i]!);
  const kinds = encodeCodes(rows.map((i) => table.kind[i]!));
  const outcomes = encodeCodes(rows.map((i) => table.outcome[i]!));
  const columns: Columns = {
    at: floats(table.at),
    promisedBy: floats(table.promisedBy),
    deliveredAt: floats(table.deliveredAt),
    durationMin: floats(table.durationMin),
    sentiment: floats(table.sentiment),
    start,
    participant,
    kindCode: kinds.code,
    outcomeCode: outcomes.code,
    negotiated: Uint8Array.from(rows, (i) => table.negotiated[i]!),
    initiator,
  };
  const bytes = Buffer.concat(
    COLUMNS.map(
      ({ name }) => new Uint8Array(columns[name].buffer, columns[name].byteOffset, columns[name].byteLength),
    ),
  );
  return {
    format: CHUNK_FORMAT,
    slot,
    size: rows.length,
    links,
    columns: bytes.toString('base64'),
    strings: JSON.stringify({ personIds, kinds: kinds.values, outcomes: outcomes.values }),
  };
}

/** A chunk back as a table part (its persons numbered in the chunk's own order); the columns are views. */
export function decodeChunk(record: ChunkRecord): TablePart {
  const { personIds, kinds, outcomes } = JSON.parse(record.strings) as {
    personIds: string[];
    kinds: string[];
    outcomes: Array<string | null>;
  };
  const [size, links] = [Number(record.size), Number(record.links)];
  const decoded = Buffer.from(record.columns, 'base64');
  // a buffer of its own: the decoded bytes may start anywhere in Node's pool, a Float64Array only at 8n
  const buffer = decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.byteLength);
  const column = {} as Columns;
  let offset = 0;
  for (const { name, type, per } of COLUMNS) {
    const length = per === 'link' ? links : per === 'start' ? size + 1 : size;
    column[name] = new ARRAY[type](buffer, offset, length);
    offset += length * ARRAY[type].BYTES_PER_ELEMENT;
  }
  return {
    personIds,
    size,
    at: column.at as Float64Array,
    promisedBy: column.promisedBy as Float64Array,
    deliveredAt: column.deliveredAt as Float64Array,
    durationMin: column.durationMin as Float64Array,
    sentiment: column.sentiment as Float64Array,
    negotiated: column.negotiated as Uint8Array,
    kind: decodeCodes(column.kindCode as Uint16Array, kinds),
    outcome: decodeCodes(column.outcomeCode as Uint16Array, outcomes),
    start: column.start as Int32Array,
    participant: column.participant as Int32Array,
    initiator: column.initiator as Uint8Array,
  };
}

/** Typed arrays are stored in this machine's byte order: chunks are kept only where that is little-endian. */
export const CHUNKS_READABLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
