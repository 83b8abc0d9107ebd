/**
 * Pulls one time window from Neo4j with the aggregation queries in cypher/projection/graph*.cypher (pairs and
 * their summed weights, never raw engagements row by row) and builds the person, unit and initiation graphs.
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import type { BrmAssignment, InitiationGraph, PersonGraph, UnitGraph } from '../graphs.ts';
import { DEFAULT_TIE_OPTIONS, type TieOptions } from '../options.ts';
import type { TimeWindow } from '../window.ts';
import {
  buildInitiationGraph,
  buildPersonGraph,
  buildUnitGraph,
  type PersonRow,
  type TieRow,
  type UnitRow,
} from './buildGraphs.ts';

export interface DerivedGraphs {
  persons: PersonGraph;
  units: UnitGraph;
  initiations: InitiationGraph;
  /** BRM assignments in force at the end of the window. */
  brmAssignments: BrmAssignment[];
}

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
  const params = windowParams(window, options);
  const [people, units, ties, initiations, brmAssignments] = await Promise.all([
    db.read('projection/graphPeople'),
    db.read('projection/graphUnits'),
    db.read('projection/graphTies', params),
    db.read('projection/graphInitiations', params),
    db.read('projection/graphBrmAssignments', { to: params.to }),
  ]);
  const persons = buildPersonGraph(people as unknown as PersonRow[], ties as unknown as TieRow[]);
  return {
    persons,
    units: buildUnitGraph(units as unknown as UnitRow[], persons),
    initiations: buildInitiationGraph(
      people as unknown as PersonRow[],
      initiations as unknown as Parameters<typeof buildInitiationGraph>[1],
    ),
    brmAssignments: brmAssignments as unknown as BrmAssignment[],
  };
}

/** The newest engagement's time, the default end of every window (null for an empty graph). */
export async function newestEngagement(db: Database): Promise<Date | null> {
  const [row] = await db.read('meta/engagementSpan');
  return typeof row?.last === 'string' ? new Date(row.last) : null;
}
