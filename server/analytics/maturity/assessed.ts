/**
 * The ASSESSED maturity of a business–provider relationship: survey answers of dimension `maturity` naming the
 * provider and the department, from the last `assessmentPeriods` periods, kept apart by the rater's side (the
 * rater's top-level unit: the department is the business side, the provider the provider side; raters of other
 * units are counted but belong to neither). The model rates a relationship from both sides, so both means are
 * reported with their answer counts, and the overall level is the rounded mean of all answers.
 */
import type { FeedbackTally } from '../projection/loadRelationshipFeedback.ts';
import { pairKey } from '../relationship.ts';
import { share } from '../statistics.ts';

export interface SideAssessment {
  mean: number | null;
  answers: number;
}

export interface AssessedMaturity {
  business: SideAssessment;
  provider: SideAssessment;
  /** Answers by raters of neither side. */
  other: SideAssessment;
  /** Mean of all answers and its rounded level (null without answers). */
  mean: number | null;
  level: number | null;
}

interface Sums {
  score: number;
  answers: number;
}

/** Maturity tallies grouped by relationship key (provider|department sorted), for the assessment horizon. */
export function maturityTallies(
  tallies: readonly FeedbackTally[],
  assessmentPeriods: number,
): Map<string, FeedbackTally[]> {
  const byPair = new Map<string, FeedbackTally[]>();
  for (const tally of tallies) {
    if (tally.dimension !== 'maturity' || tally.about.length !== 2 || tally.period >= assessmentPeriods)
      continue;
    const key = pairKey(tally.about[0]!, tally.about[1]!);
    byPair.set(key, [...(byPair.get(key) ?? []), tally]);
  }
  return byPair;
}

export function assessedMaturity(
  tallies: readonly FeedbackTally[],
  relationship: { providerId: string; departmentId: string },
): AssessedMaturity {
  const sides: Record<'business' | 'provider' | 'other', Sums> = {
    business: { score: 0, answers: 0 },
    provider: { score: 0, answers: 0 },
    other: { score: 0, answers: 0 },
  };
  for (const tally of tallies) {
    const side =
      tally.raterUnit === relationship.departmentId
        ? 'business'
        : tally.raterUnit === relationship.providerId
          ? 'provider'
          : 'other';
    sides[side].score += tally.scoreSum;
    sides[side].answers += tally.answers;
  }
  const all = Object.values(sides).reduce(
    (t, s) => ({ score: t.score + s.score, answers: t.answers + s.answers }),
    {
      score: 0,
      answers: 0,
    },
  );
  const mean = share(all.score, all.answers);
  return {
    business: side(sides.business),
    provider: side(sides.provider),
    other: side(sides.other),
    mean,
    level: mean === null ? null : Math.round(mean),
  };
}

function side(sums: Sums): SideAssessment {
  return { mean: share(sums.score, sums.answers), answers: sums.answers };
}
