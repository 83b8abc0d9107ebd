/**
 * Loads feedback tallies: answers and score sums per dimension, rater's top-level unit, units rated and period,
 * for trust (pulse answers) and assessed maturity. The answers are read raw (cypher/projection/windowFeedback.cypher)
 * and tallied in TypeScript (tallyFeedback.ts) with the roster of the window's read.
 */
import type { Database } from '../../db/database.ts';
import { toDateTime } from '../../db/values.ts';
import { FEEDBACK_DIMENSIONS } from '../../schema/bundle.ts';
import { DEFAULT_PERIOD_OPTIONS, historyStart, periodMs, type PeriodOptions } from '../periods.ts';
import type { TimeWindow } from '../window.ts';
import { tallyFeedback, type FeedbackAnswer } from './tallyFeedback.ts';
import { readStart, readWindowRoster } from './windowRead.ts';
import type { FeedbackDimension, FeedbackTally } from './projectedRows.ts';

export { feedbackTally, type FeedbackDimension, type FeedbackTally } from './projectedRows.ts';

export async function loadRelationshipFeedback(
  db: Database,
  window: TimeWindow,
  options: PeriodOptions & { dimensions?: readonly FeedbackDimension[] } = DEFAULT_PERIOD_OPTIONS,
): Promise<FeedbackTally[]> {
  const since = historyStart(window, options);
  const [answers, roster] = await Promise.all([
    db.read('projection/windowFeedback', {
      since: toDateTime(since),
      to: toDateTime(window.to),
      dimensions: [...(options.dimensions ?? FEEDBACK_DIMENSIONS)],
    }),
    readWindowRoster(db, readStart(window, options), window.to.getTime()),
  ]);
  return tallyFeedback(answers as unknown as FeedbackAnswer[], roster, {
    to: window.to.getTime(),
    periodMs: periodMs(options),
  });
}
