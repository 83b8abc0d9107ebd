/**
 * Loads what the BRM role health reads: the BRM assignments in force at the window's end
 * (cypher/projection/graphBrmAssignments.cypher) and each BRM's engagement mix in the window, counted in
 * TypeScript (governance/brmMix.ts) from the window's one read that the other projections share.
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import type { BrmAssignment } from '../graphs.ts';
import { brmEngagementMix } from '../governance/brmMix.ts';
import type { BrmInputs } from '../governance/index.ts';
import { DEFAULT_PERIOD_OPTIONS, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { personFacts } from './roster.ts';
import { readStart, readWindow } from './windowRead.ts';

export async function loadBrmMix(
  db: Database,
  window: TimeWindow,
  periods: PeriodOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<BrmInputs> {
  const [read, rows] = await Promise.all([
    readWindow(db, readStart(window, periods), window.to.getTime()),
    db.read('projection/graphBrmAssignments', { to: toDateTime(window.to) }),
  ]);
  const assignments = rows as unknown as BrmAssignment[];
  const facts = personFacts(read.roster, read.table.personIds);
  return { assignments, mix: brmEngagementMix(read.table, facts, assignments, window) };
}
