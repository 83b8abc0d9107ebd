/**
 * Every engagement of one data version, read once and kept, so that a new window is a slice of memory instead of
 * a read of Neo4j: the engagements ordered by time in columns on SharedArrayBuffers (a compute worker posts the
 * history to the HTTP thread, which hands it to the next tasks without copying the columns), and the roster read
 * in the same go. An import bumps the data version, and the history of an older version is never sliced.
 */
import { decodeCodes, encodeCodes } from './codes.ts';
import type { EngagementTable } from './engagementTable.ts';
import type { Roster } from './roster.ts';

export interface EngagementHistory {
  dataVersion: number;
  roster: Roster;
  /** The chunk epoch of the graph it was read from: a later version may use its roster again (keptRoster.ts). */
  epoch: string | null;
  personIds: string[];
  rank: Int32Array;
  /** Engagements ordered by `at` (epoch ms). */
  at: Float64Array;
  promisedBy: Float64Array;
  deliveredAt: Float64Array;
  durationMin: Float64Array;
  sentiment: Float64Array;
  negotiated: Uint8Array;
  /** Index into `kinds` / `outcomes`: few distinct values, stored once. */
  kindCode: Uint16Array;
  kinds: string[];
  outcomeCode: Uint16Array;
  outcomes: Array<string | null>;
  start: Int32Array;
  participant: Int32Array;
  initiator: Uint8Array;
}

/** The history of a table read over all of the data: ordered by time, its columns moved to shared memory. */
export function historyOf(
  table: EngagementTable,
  roster: Roster,
  dataVersion: number,
  epoch: string | null = null,
): EngagementHistory {
  const order = timeOrder(table.at);
  const column = <T extends Float64Array | Uint8Array | Uint16Array>(
    make: new (buffer: SharedArrayBuffer) => T,
    bytes: number,
    source: ArrayLike<number>,
  ): T => {
    const out = new make(new SharedArrayBuffer(table.size * bytes));
    if (!order) out.set(source);
    else for (let slot = 0; slot < order.length; slot++) out[slot] = source[order[slot]!]!;
    return out;
  };
  const kinds = encodeCodes(table.kind);
  const outcomes = encodeCodes(table.outcome);
  return {
    dataVersion,
    roster,
    epoch,
    personIds: table.personIds,
    rank: shared(table.rank),
    at: column(Float64Array, 8, table.at),
    promisedBy: column(Float64Array, 8, table.promisedBy),
    deliveredAt: column(Float64Array, 8, table.deliveredAt),
    durationMin: column(Float64Array, 8, table.durationMin),
    sentiment: column(Float64Array, 8, table.sentiment),
    negotiated: column(Uint8Array, 1, table.negotiated),
    kindCode: column(Uint16Array, 2, kinds.code),
    kinds: kinds.values,
    outcomeCode: column(Uint16Array, 2, outcomes.code),
    outcomes: outcomes.values,
    ...participantsInOrder(table, order),
  };
}

/**
 * The rows in time order (ties in table order), or null when they are in it already: the chunks and the reads
 * row by row give them so nearly always, and then every column is copied whole.
 */
function timeOrder(at: Float64Array): Int32Array | null {
  let sorted = true;
  for (let i = 1; i < at.length && sorted; i++) sorted = at[i - 1]! <= at[i]!;
  if (sorted) return null;
  return Int32Array.from({ length: at.length }, (_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
}

/** The engagements in [since, to) as a table: views on the shared columns, only the offsets rebased. */
/**
 * The engagements of [since, to) as a table over the history's arrays. The loaders of one window each ask for
 * the same range, so the last slice of each history is kept and handed to them all: a slice of `l` makes a map
 * of its 20,000 people and decodes the kinds and outcomes of 100,000 engagements, 20–40 ms each time.
 */
export function sliceHistory(history: EngagementHistory, since: number, to: number): EngagementTable {
  const kept = lastSlice.get(history);
  if (kept?.since === since && kept.to === to) return kept.table;
  const table = newSlice(history, since, to);
  lastSlice.set(history, { since, to, table });
  return table;
}

const lastSlice = new WeakMap<EngagementHistory, { since: number; to: number; table: EngagementTable }>();

function newSlice(history: EngagementHistory, since: number, to: number): EngagementTable {
  const first = firstAtOrAfter(history.at, since);
  const end = Math.max(first, firstAtOrAfter(history.at, to));
  const offset = history.start[first]!;
  const start = history.start.slice(first, end + 1).map((value) => value - offset);
  const ends = history.start[end]!;
  return {
    personIds: history.personIds,
    personNumber: new Map(history.personIds.map((id, n) => [id, n])),
    rank: history.rank,
    size: end - first,
    at: history.at.subarray(first, end),
    promisedBy: history.promisedBy.subarray(first, end),
    deliveredAt: history.deliveredAt.subarray(first, end),
    kind: decodeCodes(history.kindCode.subarray(first, end), history.kinds),
    durationMin: history.durationMin.subarray(first, end),
    negotiated: history.negotiated.subarray(first, end),
    outcome: decodeCodes(history.outcomeCode.subarray(first, end), history.outcomes),
    sentiment: history.sentiment.subarray(first, end),
    start,
    participant: history.participant.subarray(offset, ends),
    initiator: history.initiator.subarray(offset, ends),
  };
}

/** The first index whose time is ≥ t (binary search over the ordered times). */
function firstAtOrAfter(at: Float64Array, t: number): number {
  let [low, high] = [0, at.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at[middle]! < t) low = middle + 1;
    else high = middle;
  }
  return low;
}

function participantsInOrder(
  table: EngagementTable,
  order: Int32Array | null,
): Pick<EngagementHistory, 'start' | 'participant' | 'initiator'> {
  const links = table.start[table.size]!;
  const start = new Int32Array(new SharedArrayBuffer((table.size + 1) * 4));
  const participant = new Int32Array(new SharedArrayBuffer(links * 4));
  const initiator = new Uint8Array(new SharedArrayBuffer(links));
  if (!order) {
    start.set(table.start.subarray(0, table.size + 1));
    participant.set(table.participant.subarray(0, links));
    initiator.set(table.initiator.subarray(0, links));
    return { start, participant, initiator };
  }
  let filled = 0;
  order.forEach((i, slot) => {
    const [from, to] = [table.start[i]!, table.start[i + 1]!];
    participant.set(table.participant.subarray(from, to), filled);
    initiator.set(table.initiator.subarray(from, to), filled);
    filled += to - from;
    start[slot + 1] = filled;
  });
  return { start, participant, initiator };
}

function shared(source: Int32Array): Int32Array {
  const out = new Int32Array(new SharedArrayBuffer(source.length * 4));
  out.set(source);
  return out;
}
