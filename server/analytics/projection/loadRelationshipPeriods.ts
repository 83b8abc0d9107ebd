/**
 * Loads the relationship facts per period: one row per pair of top-level units with its periods over the
 * history up to the window end, built in TypeScript (projectRelationshipPeriods.ts) from the window's one read.
 * The macro cycle, trust and maturity read these rows.
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, periodMs, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { projectRelationshipPeriods } from './projectRelationshipPeriods.ts';
import { personFacts } from './roster.ts';
import { readStart, readWindow } from './windowRead.ts';
import type { RelationshipHistory } from './projectedRows.ts';

export {
  periodFacts,
  relationshipHistory,
  type PeriodFacts,
  type RelationshipHistory,
} from './projectedRows.ts';

export interface RelationshipPeriodOptions extends PeriodOptions {
  /** Periods back from the window end over which gaps give the median gap (dormancy). Default 12. */
  gapPeriods?: number;
}

export function relationshipPeriodParams(
  window: TimeWindow,
  options: RelationshipPeriodOptions = DEFAULT_PERIOD_OPTIONS,
) {
  const gapPeriods = Math.min(options.gapPeriods ?? 12, options.historyPeriods);
  return {
    since: toDateTime(historyStart(window, options)),
    to: toDateTime(window.to),
    periodMs: periodMs(options),
    gapSince: toDateTime(historyStart(window, { ...options, historyPeriods: gapPeriods })),
  };
}

export async function loadRelationshipPeriods(
  db: Database,
  window: TimeWindow,
  options: RelationshipPeriodOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<RelationshipHistory[]> {
  const read = await readWindow(db, readStart(window, options), window.to.getTime());
  const gapPeriods = Math.min(options.gapPeriods ?? 12, options.historyPeriods);
  return projectRelationshipPeriods(read.table, personFacts(read.roster, read.table.personIds), {
    since: historyStart(window, options).getTime(),
    to: window.to.getTime(),
    periodMs: periodMs(options),
    gapSince: historyStart(window, { ...options, historyPeriods: gapPeriods }).getTime(),
  });
}
