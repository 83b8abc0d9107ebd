/**
 * The one read of a window from Neo4j: the roster (people, units) and every engagement from the earlier of the
 * window start and the history start up to the window end, as a table (from the kept chunks of its 30-day slots
 * where they are current, streamed row by row where not: engagementChunks.ts). The graphs (loadGraphs) and
 * the engagement inputs (loadEngagementInputs) of the same window start together and share one read: a read in
 * flight is handed to every caller that asks for a range it covers, and forgotten once it settles, so nothing
 * outlives the request that caused it (an import can never leave a stale read behind). The in-flight table is
 * per Database object, so every thread (main or worker) keeps its own.
 *
 * A thread that keeps histories (a compute worker, see `shelveHistories`) reads every engagement of the data
 * version once instead (engagementHistory.ts), and each window after that is a slice of it; the slots it read
 * row by row it keeps as chunks for every later read.
 */
import type { Database } from '../../db/database.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { historyOf, sliceHistory, type EngagementHistory } from './engagementHistory.ts';
import { readEngagements, type KeepChunks } from './engagementChunks.ts';
import type { EngagementTable } from './engagementTable.ts';
import { rosterAt, type KeptRoster } from './keptRoster.ts';
import { readRoster, type Roster } from './roster.ts';

export interface WindowRead {
  roster: Roster;
  table: EngagementTable;
  /** The read covers [since, to). */
  since: number;
  to: number;
}

interface InFlight {
  since: number;
  to: number;
  roster: Promise<Roster>;
  read: Promise<WindowRead>;
}
const inFlight = new WeakMap<Database, InFlight[]>();

/** The start of the read for a window: the history of the default periods (or longer ones), or the window start. */
export function readStart(window: TimeWindow, periods: PeriodOptions = DEFAULT_PERIOD_OPTIONS): number {
  return Math.min(
    window.from.getTime(),
    historyStart(window, DEFAULT_PERIOD_OPTIONS).getTime(),
    historyStart(window, periods).getTime(),
  );
}

/** Where a thread keeps the history of the data version it computes for. */
export interface HistoryShelf {
  dataVersion: number;
  /** The history of that data version, when it was read before. */
  history: EngagementHistory | undefined;
  /** A history was just read: keep it (and pass it on). */
  keep(history: EngagementHistory): void;
  /** Keeps the slots read row by row as chunks when the thread has time (default: at once). */
  keepChunks?: KeepChunks;
  /** The roster of an earlier version, used again if nothing in it changed since (keptRoster.ts). */
  roster?: KeptRoster;
}

const shelves = new WeakMap<Database, HistoryShelf>();
const historyReads = new WeakMap<Database, Promise<EngagementHistory>>();

/** From now on the windows of this database are slices of the shelf's history (undefined: reads again). */
export function shelveHistories(db: Database, shelf: HistoryShelf | undefined): void {
  if (shelf) shelves.set(db, shelf);
  else shelves.delete(db);
}

export async function readWindow(db: Database, since: number, to: number): Promise<WindowRead> {
  if (shelves.has(db)) {
    const history = await historyFor(db);
    return { roster: history.roster, table: sliceHistory(history, since, to), since, to };
  }
  return (find(db, since, to) ?? start(db, since, to)).read;
}

/** The roster of a read in flight for the window, or a read of its own. */
export async function readWindowRoster(db: Database, since: number, to: number): Promise<Roster> {
  if (shelves.has(db)) return (await historyFor(db)).roster;
  return find(db, since, to)?.roster ?? readRoster(db);
}

/** The shelf's history, or one read of every engagement that the loaders of a window share. */
function historyFor(db: Database): Promise<EngagementHistory> {
  const shelf = shelves.get(db)!;
  if (shelf.history?.dataVersion === shelf.dataVersion) return Promise.resolve(shelf.history);
  let read = historyReads.get(db);
  if (!read) {
    const { dataVersion } = shelf;
    const keep = shelf.keepChunks ?? true; // a thread that keeps histories keeps chunks too
    read = Promise.all([
      rosterAt(db, dataVersion, shelf.roster),
      readEngagements(db, EARLIEST, LATEST, keep),
    ]).then(([{ roster, epoch }, { table }]) => historyOf(table, roster, dataVersion, epoch));
    const settled = read.then((history) => shelf.keep(history));
    const forget = () => historyReads.delete(db);
    settled.then(forget, forget);
    historyReads.set(db, read);
  }
  return read;
}

/** Bounds that hold every engagement the importer accepts. */
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T00:00:00Z');

function find(db: Database, since: number, to: number): InFlight | undefined {
  return inFlight.get(db)?.find((entry) => entry.to === to && entry.since <= since);
}

function start(db: Database, since: number, to: number): InFlight {
  let reads = inFlight.get(db);
  if (!reads) inFlight.set(db, (reads = []));
  const roster = readRoster(db);
  const read = Promise.all([roster, readEngagements(db, since, to)]).then(([people, { table }]) => ({
    roster: people,
    table,
    since,
    to,
  }));
  const entry = { since, to, roster, read };
  reads.push(entry);
  const forget = () => reads.splice(reads.indexOf(entry), 1);
  read.then(forget, forget);
  return entry;
}
