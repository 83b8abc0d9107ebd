/**
 * Loads the one-on-one micro engagements per dyad in a window: meetings and transactions with exactly two
 * participants, per pair of people, built in TypeScript (projectMicroDyads.ts) from the window's one read.
 */
import type { Database } from '../../db/database.ts';
import { ENGAGEMENT_KINDS } from '../../schema/bundle.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { projectMicroDyads } from './projectMicroDyads.ts';
import { personFacts } from './roster.ts';
import { readStart, readWindow } from './windowRead.ts';
import type { DyadRow } from './projectedRows.ts';

export { dyadRow, type DyadRow } from './projectedRows.ts';

export const MICRO_KINDS = ['meeting', 'transaction'] as const;

export interface MicroDyadOptions extends PeriodOptions {
  /** Engagement kinds of the micro cycle. Default meeting and transaction (DESIGN §3.4). */
  kinds?: ReadonlyArray<(typeof ENGAGEMENT_KINDS)[number]>;
}

export async function loadMicroDyads(
  db: Database,
  window: TimeWindow,
  options: MicroDyadOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<DyadRow[]> {
  const read = await readWindow(db, readStart(window, options), window.to.getTime());
  return projectMicroDyads(read.table, personFacts(read.roster, read.table.personIds), window, {
    since: historyStart(window, options),
    kinds: options.kinds ?? MICRO_KINDS,
  });
}
