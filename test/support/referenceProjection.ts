/**
 * Today's projection before the one-read rewrite, kept as the reference the new one is tested against: the
 * aggregating queries of cypher/reference/projection/ (ties, initiations, micro dyads, relationship periods,
 * feedback), each aggregated in Neo4j, with the rows built into graphs exactly as the service did.
 */
import { z } from 'zod';
import type { Database } from '../../server/db/database.ts';
import { toDateTime } from '../../server/db/values.ts';
import type { BrmAssignment } from '../../server/analytics/graphs.ts';
import { DEFAULT_TIE_OPTIONS, type TieOptions } from '../../server/analytics/options.ts';
import {
  DEFAULT_PERIOD_OPTIONS,
  historyStart,
  periodMs,
  type PeriodOptions,
} from '../../server/analytics/periods.ts';
import { FEEDBACK_DIMENSIONS } from '../../server/schema/bundle.ts';
import {
  feedbackTally,
  type FeedbackDimension,
  type FeedbackTally,
} from '../../server/analytics/projection/loadRelationshipFeedback.ts';
import type { TimeWindow } from '../../server/analytics/window.ts';
import {
  buildInitiationGraph,
  buildPersonGraph,
  buildUnitGraph,
  type PersonRow,
  type TieRow,
  type UnitRow,
} from '../../server/analytics/projection/buildGraphs.ts';
import type { DerivedGraphs } from '../../server/analytics/projection/loadGraphs.ts';
import {
  dyadRow,
  MICRO_KINDS,
  type DyadRow,
  type MicroDyadOptions,
} from '../../server/analytics/projection/loadMicroDyads.ts';
import {
  relationshipHistory,
  relationshipPeriodParams,
  type RelationshipHistory,
  type RelationshipPeriodOptions,
} from '../../server/analytics/projection/loadRelationshipPeriods.ts';

export async function referenceGraphs(
  db: Database,
  window: TimeWindow,
  options: TieOptions = DEFAULT_TIE_OPTIONS,
): Promise<DerivedGraphs> {
  const params = {
    from: toDateTime(window.from),
    to: toDateTime(window.to),
    halfLifeDays: options.halfLifeDays,
    kappa: options.kappa,
  };
  const [people, units, ties, initiations, brmAssignments] = await Promise.all([
    db.read('projection/graphPeople'),
    db.read('projection/graphUnits'),
    db.read('reference/projection/graphTies', params),
    db.read('reference/projection/graphInitiations', params),
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

export async function referenceMicroDyads(
  db: Database,
  window: TimeWindow,
  options: MicroDyadOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<DyadRow[]> {
  const rows = await db.read('reference/projection/microDyads', {
    since: toDateTime(historyStart(window, options)),
    from: toDateTime(window.from),
    to: toDateTime(window.to),
    kinds: [...(options.kinds ?? MICRO_KINDS)],
  });
  return z.array(dyadRow).parse(rows);
}

export async function referenceRelationshipPeriods(
  db: Database,
  window: TimeWindow,
  options: RelationshipPeriodOptions = DEFAULT_PERIOD_OPTIONS,
): Promise<RelationshipHistory[]> {
  const rows = await db.read(
    'reference/projection/relationshipPeriods',
    relationshipPeriodParams(window, options),
  );
  return z.array(relationshipHistory).parse(rows);
}

export async function referenceRelationshipFeedback(
  db: Database,
  window: TimeWindow,
  options: PeriodOptions & { dimensions?: readonly FeedbackDimension[] } = DEFAULT_PERIOD_OPTIONS,
): Promise<FeedbackTally[]> {
  const rows = await db.read('reference/projection/relationshipFeedback', {
    since: toDateTime(historyStart(window, options)),
    to: toDateTime(window.to),
    periodMs: periodMs(options),
    dimensions: [...(options.dimensions ?? FEEDBACK_DIMENSIONS)],
  });
  return z.array(feedbackTally).parse(rows);
}
