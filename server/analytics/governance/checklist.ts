/**
 * The governance check list of a business–provider relationship (seed principles 2, 4 and 5: every relationship
 * has a stated purpose, follows governance and has someone accountable for it): a stated purpose, an accountable
 * BRM (a BRM_FOR assignment for the department in force at the window's end), a target maturity (1–5), and
 * feedback from both sides within the last `feedbackPeriods` periods — an answer by a member of the department
 * about the provider, and one by a member of the provider about the department. Each missing item is a gap with
 * its reason in plain words, so a BRM knows what to put in place.
 */
import { z } from 'zod';
import { GOVERNANCE_CHECK_IDS } from '../../schema/governance.ts';
import type { BrmAssignment } from '../graphs.ts';
import type { FeedbackTally } from '../projection/loadRelationshipFeedback.ts';

export const governanceRules = z.object({
  /**
   * Feedback counts when it is at most this many 30-day periods old (the relationship series' periods, counted
   * back from the window end). Default 6: the last six months. At most the history read (12 periods).
   */
  feedbackPeriods: z.number().int().min(1).max(240).default(6),
});
export type GovernanceRules = z.infer<typeof governanceRules>;
export const DEFAULT_GOVERNANCE_RULES: GovernanceRules = governanceRules.parse({});

export const GOVERNANCE_CHECKS = GOVERNANCE_CHECK_IDS;
export type GovernanceCheck = (typeof GOVERNANCE_CHECKS)[number];

export interface GovernanceGap {
  check: GovernanceCheck;
  reason: string;
}

export interface RelationshipGovernance {
  providerId: string;
  departmentId: string;
  checks: Record<GovernanceCheck, boolean>;
  /** The BRMs accountable for the department (person ids, sorted). */
  brms: string[];
  /** Feedback answers in the span: by the business about the provider, by the provider about the business. */
  feedback: { business: number; provider: number };
  gaps: GovernanceGap[];
}

export interface GovernanceInputs {
  serves: ReadonlyArray<{
    providerId: string;
    departmentId: string;
    purpose: string | null;
    targetMaturity: number | null;
  }>;
  feedback: readonly FeedbackTally[];
  assignments: readonly BrmAssignment[];
}

/** The key of the answers by members of `rater` about `about` (ordered: who rates whom). */
const rated = (rater: string, about: string) => `${rater}→${about}`;

export function relationshipGovernance(
  inputs: GovernanceInputs,
  rules: GovernanceRules = DEFAULT_GOVERNANCE_RULES,
): RelationshipGovernance[] {
  const brmsOf = new Map<string, string[]>();
  for (const { personId, departmentId } of inputs.assignments)
    brmsOf.set(departmentId, [...(brmsOf.get(departmentId) ?? []), personId].sort());
  const answers = answersAbout(inputs.feedback, rules.feedbackPeriods);
  return inputs.serves.map((serves) => {
    const { providerId, departmentId } = serves;
    const feedback = {
      business: answers.get(rated(departmentId, providerId)) ?? 0,
      provider: answers.get(rated(providerId, departmentId)) ?? 0,
    };
    const brms = brmsOf.get(departmentId) ?? [];
    const checks = {
      purpose: (serves.purpose ?? '').trim().length > 0,
      brm: brms.length > 0,
      targetMaturity: isLevel(serves.targetMaturity),
      feedbackBothSides: feedback.business > 0 && feedback.provider > 0,
    };
    return { providerId, departmentId, checks, brms, feedback, gaps: gapsOf(checks, feedback, rules) };
  });
}

/** Answers per (rater's unit, unit rated) within the span. */
function answersAbout(tallies: readonly FeedbackTally[], periods: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tally of tallies) {
    if (tally.period >= periods) continue;
    for (const about of tally.about) {
      if (about === tally.raterUnit) continue;
      const key = rated(tally.raterUnit, about);
      counts.set(key, (counts.get(key) ?? 0) + tally.answers);
    }
  }
  return counts;
}

function isLevel(target: number | null): boolean {
  return target !== null && Number.isInteger(target) && target >= 1 && target <= 5;
}

function gapsOf(
  checks: Record<GovernanceCheck, boolean>,
  feedback: { business: number; provider: number },
  rules: GovernanceRules,
): GovernanceGap[] {
  const months = `the last ${rules.feedbackPeriods} months`;
  const silent = [
    ...(feedback.business === 0 ? ['the business'] : []),
    ...(feedback.provider === 0 ? ['the provider'] : []),
  ];
  const reasons: Record<GovernanceCheck, string> = {
    purpose: 'No stated purpose: nobody has written down what the relationship is for.',
    brm: 'No accountable BRM: nobody is assigned (BRM_FOR) to the department.',
    targetMaturity: 'No target maturity: the relationship has no level (1–5) to grow towards.',
    feedbackBothSides: `No feedback from ${silent.join(' nor from ')} in ${months}.`,
  };
  return GOVERNANCE_CHECKS.filter((check) => !checks[check]).map((check) => ({
    check,
    reason: reasons[check],
  }));
}
