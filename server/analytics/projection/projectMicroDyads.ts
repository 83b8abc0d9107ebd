/**
 * The micro dyads of a window from an engagement table (DESIGN §3.4; the reference:
 * cypher/reference/projection/microDyads.cypher): engagements of the micro kinds in [from, to) with exactly two
 * participants, per pair of people (a < b by id) whose top-level units are known. Tenure: the pair's first
 * shared engagement of the micro kinds since the history start, one-on-one or not. Promise rule: kept =
 * delivered on or before promisedBy (or without a date), late = after it, missed = missed or open/agreed past
 * promisedBy as of the window end, pending = open/agreed not yet due; cancelled ones are not counted.
 */
import { emptyMicro } from '../micro/microSummary.ts';
import type { TimeWindow } from '../window.ts';
import type { EngagementTable } from './engagementTable.ts';
import type { DyadRow } from './projectedRows.ts';
import { inChunks } from './pace.ts';
import type { PersonFacts } from './roster.ts';
import { DAY_MS } from '../periods.ts';

export type PromiseState = 'kept' | 'late' | 'missed' | 'pending' | null;

/** The promise of engagement i as of `to` (the relationship periods count pending as nothing). */
export function promiseOf(table: EngagementTable, i: number, to: number): PromiseState {
  const due = table.promisedBy[i]!;
  if (Number.isNaN(due)) return null;
  const outcome = table.outcome[i];
  if (outcome === 'delivered') {
    const delivered = table.deliveredAt[i]!;
    return Number.isNaN(delivered) || delivered <= due ? 'kept' : 'late';
  }
  if (outcome === 'missed') return 'missed';
  if (outcome === 'open' || outcome === 'agreed') return due < to ? 'missed' : 'pending';
  return null;
}

/** A dyad's row and its two person numbers beside it (not in it: a row handed on needs no copy without them). */
interface Dyad {
  row: DyadRow;
  x: number;
  y: number;
}

function newDyad(ids: readonly string[], x: number, y: number, facts: PersonFacts): Dyad | null {
  const [unitA, unitB] = [facts.topUnit[x], facts.topUnit[y]];
  if (!unitA || !unitB) return null;
  return { row: { a: ids[x]!, b: ids[y]!, unitA, unitB, ...emptyMicro() }, x, y };
}

function addEngagement(dyad: DyadRow, table: EngagementTable, i: number, to: number, xFirst: boolean): void {
  const at = table.at[i]!;
  const first = table.start[i]!;
  dyad.firstAt = Math.min(dyad.firstAt, at);
  dyad.times.push(at);
  dyad.count++;
  dyad.durationMin += table.durationMin[i]!;
  dyad.negotiated += table.negotiated[i]!;
  dyad.initiatedByA += table.initiator[xFirst ? first : first + 1]!;
  dyad.initiatedByB += table.initiator[xFirst ? first + 1 : first]!;
  const promise = promiseOf(table, i, to);
  if (promise) dyad[promise]++;
  const delivered = table.deliveredAt[i]!;
  if (table.outcome[i] === 'delivered' && !Number.isNaN(delivered))
    dyad.cycleDays.push((delivered - at) / DAY_MS);
  const sentiment = table.sentiment[i]!;
  if (!Number.isNaN(sentiment)) {
    dyad.sentimentSum += sentiment;
    dyad.sentimentCount++;
  }
}

export async function projectMicroDyads(
  table: EngagementTable,
  facts: PersonFacts,
  window: TimeWindow,
  options: { since: Date; kinds: readonly string[] },
): Promise<DyadRow[]> {
  const [from, to] = [window.from.getTime(), window.to.getTime()];
  const kinds = new Set(options.kinds);
  const ids = table.personIds;
  const dyads = new Map<number, Dyad | null>();
  await inChunks(table.size, (i) => {
    const first = table.start[i]!;
    if (table.at[i]! < from || table.at[i]! >= to || table.start[i + 1]! - first !== 2) return;
    if (!kinds.has(table.kind[i]!)) return;
    const [p, q] = [table.participant[first]!, table.participant[first + 1]!];
    const [x, y] = table.rank[p]! < table.rank[q]! ? [p, q] : [q, p];
    const key = x * ids.length + y;
    if (!dyads.has(key)) dyads.set(key, newDyad(ids, x, y, facts));
    const dyad = dyads.get(key);
    if (dyad) addEngagement(dyad.row, table, i, to, x === p);
  });
  const found = [...dyads.values()].filter((dyad): dyad is Dyad => dyad !== null);
  await earliestShared(table, found, { since: options.since.getTime(), kinds });
  return found.map((dyad) => dyad.row);
}

/** Lowers each dyad's firstAt to the pair's first shared engagement of the micro kinds in [since, firstAt). */
async function earliestShared(
  table: EngagementTable,
  dyads: Dyad[],
  options: { since: number; kinds: Set<string> },
): Promise<void> {
  const engagementsOf = await engagementsByPerson(table, dyads, options);
  await inChunks(dyads.length, (n) => {
    const dyad = dyads[n]!;
    const [mine, theirs] = [engagementsOf(dyad.x), engagementsOf(dyad.y)];
    const [walk, other] = mine.length <= theirs.length ? [mine, dyad.y] : [theirs, dyad.x];
    for (const i of walk) {
      if (table.at[i]! >= dyad.row.firstAt) continue;
      if (takesPart(table, i, other)) dyad.row.firstAt = table.at[i]!;
    }
  });
}

function takesPart(table: EngagementTable, i: number, person: number): boolean {
  for (let k = table.start[i]!; k < table.start[i + 1]!; k++)
    if (table.participant[k] === person) return true;
  return false;
}

/**
 * The engagements of the micro kinds since `since` of each person in a dyad, in table order, as offsets into
 * one array (counted, then filled): no list and no map entry per person, over every participation of the
 * history.
 */
async function engagementsByPerson(
  table: EngagementTable,
  dyads: Dyad[],
  options: { since: number; kinds: Set<string> },
): Promise<(person: number) => Int32Array> {
  const wanted = new Uint8Array(table.personIds.length);
  for (const dyad of dyads) wanted[dyad.x] = wanted[dyad.y] = 1;
  const counted = (i: number) => table.at[i]! >= options.since && options.kinds.has(table.kind[i]!);
  const offset = new Int32Array(table.personIds.length + 1);
  await inChunks(table.size, (i) => {
    if (!counted(i)) return;
    for (let k = table.start[i]!; k < table.start[i + 1]!; k++)
      if (wanted[table.participant[k]!]) offset[table.participant[k]! + 1]!++;
  });
  for (let p = 0; p < table.personIds.length; p++) offset[p + 1]! += offset[p]!;
  const engagements = new Int32Array(offset[table.personIds.length]!);
  const filled = offset.slice(0, -1);
  await inChunks(table.size, (i) => {
    if (!counted(i)) return;
    for (let k = table.start[i]!; k < table.start[i + 1]!; k++)
      if (wanted[table.participant[k]!]) engagements[filled[table.participant[k]!]!++] = i;
  });
  return (person) => engagements.subarray(offset[person]!, offset[person + 1]!);
}
