/**
 * The roster of an earlier data version, used again while nothing in it has changed: the graph is the same (its
 * chunk epoch) and every version since was made by an import that recorded that it changed no unit, person or
 * membership (server/import/rosterChange.ts). A cold window after an import of engagements only (a calendar, a
 * ticket export) then does not read every person again: for `l`, 20,000 of them took a compute thread 0.3–1 s,
 * beside the decoding of the chunks. Any other change (an erasure, an import without a record) reads it again.
 */
import type { Database } from '../../db/database.ts';
import { toInteger } from '../../db/values.ts';
import { readRoster, type Roster } from './roster.ts';

export interface KeptRoster {
  dataVersion: number;
  /** The chunk epoch of the graph it was read from (null: the graph had none, and it is never used again). */
  epoch: string | null;
  roster: Roster;
}

/** The roster at a data version: the kept one when still current, else read. */
export async function rosterAt(db: Database, dataVersion: number, kept?: KeptRoster): Promise<KeptRoster> {
  if (kept && (await stillCurrent(db, kept, dataVersion))) return { ...kept, dataVersion };
  const [roster, state] = await Promise.all([
    readRoster(db),
    rosterState(db, { dataVersion, epoch: null }, dataVersion),
  ]);
  return { dataVersion, epoch: state.epoch, roster };
}

/** Whether the kept roster is the roster at the data version too. */
export async function stillCurrent(db: Database, kept: KeptRoster, dataVersion: number): Promise<boolean> {
  if (kept.epoch === null || kept.dataVersion > dataVersion) return false;
  return (await rosterState(db, kept, dataVersion)).current;
}

async function rosterState(
  db: Database,
  since: Pick<KeptRoster, 'dataVersion' | 'epoch'>,
  dataVersion: number,
): Promise<{ epoch: string | null; current: boolean }> {
  const [row] = await db.read('projection/rosterState', {
    epoch: since.epoch,
    since: toInteger(since.dataVersion),
    version: toInteger(dataVersion),
  });
  return { epoch: (row?.epoch ?? null) as string | null, current: row?.current === true };
}

/** The roster of a history read, without the rest of it (a history's columns are not kept alive by its roster). */
export function keptRoster({ dataVersion, epoch, roster }: KeptRoster): KeptRoster {
  return { dataVersion, epoch, roster };
}
