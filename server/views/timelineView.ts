/**
 * The micro-cycle timeline of one business–provider relationship: its engagements in the window, oldest first,
 * each negotiated one with what became of its promise (the rule of the micro cycle: kept on or before the
 * promised date, late after it, missed when marked so or still open past it; pending while not yet due).
 */
import { windowAnswer } from './windowAnswer.ts';
import type { z } from 'zod';
import type { TimeWindow } from '../analytics/window.ts';
import type { Row } from '../db/values.ts';
import type { timelineAnswer } from '../schema/relationships.ts';

type Answer = z.input<typeof timelineAnswer>;
type Engagement = Answer['engagements'][number];

export function timelineView(
  window: TimeWindow,
  { providerId, departmentId }: { providerId: string; departmentId: string },
  rows: Row[],
): Answer {
  return {
    window: windowAnswer(window),
    providerId,
    departmentId,
    engagements: rows.map((row) => {
      const engagement = row as unknown as Omit<Engagement, 'promise' | 'initiatedBy'> & {
        initiatorSide: Engagement['initiatedBy'];
      };
      const { initiatorSide, ...rest } = engagement;
      return { ...rest, initiatedBy: initiatorSide, promise: promiseOf(engagement, window.to) };
    }),
  };
}

export function promiseOf(
  e: Pick<Engagement, 'negotiated' | 'outcome' | 'promisedBy' | 'deliveredAt'>,
  end: Date,
): Engagement['promise'] {
  if (!e.negotiated || e.outcome === 'cancelled') return null;
  if (e.outcome === 'missed') return 'missed';
  if (e.outcome === 'delivered') {
    if (!e.promisedBy || !e.deliveredAt) return 'kept';
    return Date.parse(e.deliveredAt) <= Date.parse(e.promisedBy) ? 'kept' : 'late';
  }
  if (e.promisedBy && Date.parse(e.promisedBy) < end.getTime()) return 'missed';
  return 'pending';
}
