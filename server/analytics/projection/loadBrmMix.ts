/**
 * Loads what the BRM role health reads: the BRM assignments in force at the window's end
 * (brmAssignments.ts, one read shared with the graphs) and each BRM's engagement mix in the window, counted in
 * TypeScript (governance/brmMix.ts) from the window's one read that the other projections share.
 */
import type { Database } from '../../db/database.ts';
import { brmEngagementMix } from '../governance/brmMix.ts';
import type { BrmInputs } from '../governance/index.ts';
import { DEFAULT_PERIOD_OPTIONS, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { personFacts } from './roster.ts';
import { readStart, readWindow } from './windowRead.ts';
import { readBrmAssignments } from './brmAssignments.ts';

export async function loadBrmMix(
  db: Database,
  window: TimeWindow,
  periods: PeriodOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<BrmInputs> {
  const [read, assignments] = await Promise.all([
    readWindow(db, readStart(window, periods), window.to.getTime()),
    readBrmAssignments(db, window.to),
  ]);
  const facts = personFacts(read.roster, read.table.personIds);
  return { assignments, mix: brmEngagementMix(read.table, facts, assignments, window) };
}
