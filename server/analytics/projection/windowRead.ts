/**
 * The one read of a window from Neo4j: the roster (people, units) and every engagement from the earlier of the
 * window start and the history start up to the window end, streamed into a table. The graphs (loadGraphs) and
 * the engagement inputs (loadEngagementInputs) of the same window start together and share one read: a read in
 * flight is handed to every caller that asks for a range it covers, and forgotten once it settles, so nothing
 * outlives the request that caused it (an import can never leave a stale read behind). The in-flight table is
 * per Database object, so every thread (main or worker) keeps its own.
 */
import type { Database } from '../../db/database.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { readEngagementTable, type EngagementTable } from './engagementTable.ts';
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

export function readWindow(db: Database, since: number, to: number): Promise<WindowRead> {
  return (find(db, since, to) ?? start(db, since, to)).read;
}

/** The roster of a read in flight for the window, or a read of its own. */
export function readWindowRoster(db: Database, since: number, to: number): Promise<Roster> {
  return find(db, since, to)?.roster ?? readRoster(db);
}

function find(db: Database, since: number, to: number): InFlight | undefined {
  return inFlight.get(db)?.find((entry) => entry.to === to && entry.since <= since);
}

function start(db: Database, since: number, to: number): InFlight {
  let reads = inFlight.get(db);
  if (!reads) inFlight.set(db, (reads = []));
  const roster = readRoster(db);
  const read = Promise.all([roster, readEngagementTable(db, new Date(since), new Date(to))]).then(
    ([people, table]) => ({ roster: people, table, since, to }),
  );
  const entry = { since, to, roster, read };
  reads.push(entry);
  const forget = () => reads.splice(reads.indexOf(entry), 1);
  read.then(forget, forget);
  return entry;
}
