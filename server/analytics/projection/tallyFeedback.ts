/**
 * Feedback tallies from raw answers (DESIGN §3.6; the reference: cypher/reference/projection/
 * relationshipFeedback.cypher): the rater counts for the top-level unit above their primary unit, the units
 * rated are rolled up to their top-level units (distinct, sorted), period = whole periods from the answer to the
 * window end; answers and score sums per (dimension, rater's unit, units rated, period). An answer about no unit
 * is left out (the tally schema needs one).
 */
import type { FeedbackDimension, FeedbackTally } from './projectedRows.ts';
import { topUnits, type Roster } from './roster.ts';

export interface FeedbackAnswer {
  dimension: FeedbackDimension;
  rater: string;
  at: number;
  score: number;
  about: string[];
}

export function tallyFeedback(
  answers: readonly FeedbackAnswer[],
  roster: Roster,
  range: { to: number; periodMs: number },
): FeedbackTally[] {
  const top = topUnits(roster.units);
  const unitOf = new Map(roster.people.map((person) => [person.id, top.get(person.unit)]));
  const tallies = new Map<string, FeedbackTally>();
  for (const answer of answers) {
    const raterUnit = unitOf.get(answer.rater);
    const about = [...new Set(answer.about.flatMap((unit) => top.get(unit) ?? []))].sort();
    if (!raterUnit || !about.length) continue;
    const period = Math.trunc((range.to - answer.at) / range.periodMs);
    const key = JSON.stringify([answer.dimension, raterUnit, about, period]);
    const tally = tallies.get(key);
    if (tally) {
      tally.answers++;
      tally.scoreSum += answer.score;
    } else {
      tallies.set(key, {
        dimension: answer.dimension,
        raterUnit,
        about,
        period,
        answers: 1,
        scoreSum: answer.score,
      });
    }
  }
  return [...tallies.values()];
}
