/**
 * The person, unit and initiation graphs of one time window, built in TypeScript (projectTies.ts) from the
 * window's one streamed read (windowRead.ts), which the engagement inputs of the same window share. They are
 * built as columns; each graph's graphology form is made on its first read (columnGraphs.ts). The Cypher
 * aggregation this replaced is the test reference (cypher/reference/projection/, test/support/referenceProjection.ts).
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import type { DerivedGraphs } from '../graphs.ts';
import { DEFAULT_TIE_OPTIONS, type TieOptions } from '../options.ts';
import type { TimeWindow } from '../window.ts';
import { initiationColumns, personColumns, unitColumns } from './buildGraphs.ts';
import { graphsOnDemand } from './columnGraphs.ts';
import { projectTies } from './projectTies.ts';
import { readStart, readWindow } from './windowRead.ts';
import { readBrmAssignments } from './brmAssignments.ts';

export type { DerivedGraphs };

export function windowParams(window: TimeWindow, options: TieOptions = DEFAULT_TIE_OPTIONS) {
  return {
    from: toDateTime(window.from),
    to: toDateTime(window.to),
    halfLifeDays: options.halfLifeDays,
    kappa: options.kappa,
  };
}

export async function loadGraphs(
  db: Database,
  window: TimeWindow,
  options: TieOptions = DEFAULT_TIE_OPTIONS,
): Promise<DerivedGraphs> {
  const [read, brmAssignments] = await Promise.all([
    readWindow(db, readStart(window), window.to.getTime()),
    readBrmAssignments(db, window.to),
  ]);
  const { ties, initiations } = await projectTies(read.table, window, options);
  const persons = personColumns(read.roster.people, ties);
  return graphsOnDemand({
    persons,
    units: unitColumns(read.roster.units, persons),
    initiations: initiationColumns(read.roster.people, initiations),
    brmAssignments,
  });
}

/** The newest engagement's time, the default end of every window (null for an empty graph). */
export async function newestEngagement(db: Database): Promise<Date | null> {
  const [row] = await db.read('meta/engagementSpan');
  return typeof row?.last === 'string' ? new Date(row.last) : null;
}
