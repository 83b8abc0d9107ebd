/**
 * The deterministic demo-organisation generator: `generateOrg({ size, seed })` gives the same bundle, byte for
 * byte, for the same arguments. Sizes: s ≈ 150 people, m ≈ 2,000, l ≈ 20,000, xl ≈ 100,000, with about 18 months
 * of engagements and feedback, and planted patterns recorded in the ground truth that later metrics are tested
 * against.
 */
import type { Bundle } from '../server/schema/bundle.ts';
import { Background } from './background.ts';
import { HISTORY_END, HISTORY_START, MONTHS, TREND_MONTHS, iso, monthStart } from './calendar.ts';
import { EngagementWriter } from './engagementWriter.ts';
import { buildFeedback } from './feedback.ts';
import { plantGovernance, withoutProviderFeedback } from './governancePlants.ts';
import { buildSurvey } from './survey.ts';
import { buildValue } from './value.ts';
import { buildOrg, SIZES, type Size } from './org.ts';
import { plantActivity } from './plantedActivity.ts';
import { plantedAction } from './plantedAction.ts';
import { Rng } from '../server/prng.ts';
import type { GroundTruth } from './groundTruth.ts';

export type { Size } from './org.ts';
export type { GroundTruth, PlantedAction } from './groundTruth.ts';
export { SIZES } from './org.ts';

/** Mixed into the seed of the value rows' random stream (seed/value.ts). */
const VALUE_STREAM = 0x7a1e;

export interface GeneratedOrg {
  bundle: Bundle;
  groundTruth: GroundTruth;
}

export function generateOrg({ size, seed }: { size: Size; seed: number }): GeneratedOrg {
  const rng = new Rng(seed * 7919 + size.charCodeAt(0));
  const org = buildOrg(size, rng);
  const writer = new EngagementWriter(rng, SIZES[size].people * SIZES[size].engagementsPerPerson);
  new Background(org, rng, writer).run(SIZES[size].engagementsPerPerson);
  plantActivity(org, rng, writer);
  const bundle: Bundle = {
    units: org.units,
    people: org.people,
    memberships: org.memberships,
    brmAssignments: org.brmAssignments,
    serves: org.serves,
    domains: [],
    engagements: writer.engagements,
    participants: writer.participants,
    feedback: buildFeedback(org, rng),
    surveyTies: [],
    initiatives: [],
    benefits: [],
  };
  const survey = buildSurvey(org, rng); // last: the rows before it stay as they were without a survey
  bundle.surveyTies = survey.surveyTies;
  // A stream of its own: the value rows leave every other section as it was drawn before them.
  const value = buildValue(org, new Rng((seed * 7919 + size.charCodeAt(0)) ^ VALUE_STREAM));
  bundle.initiatives = value.initiatives;
  bundle.benefits = value.benefits;
  const governance = plantGovernance(org, rng, writer); // after the survey too, for the same reason
  bundle.feedback = withoutProviderFeedback(bundle.feedback, org, governance.feedbackGap);
  const p = org.planted;
  const groundTruth: GroundTruth = {
    size,
    seed,
    historyStart: iso(HISTORY_START),
    historyEnd: iso(HISTORY_END),
    itProviderId: 'prov-it',
    itServiceDeskId: 'prov-it-desk',
    trendStart: iso(monthStart(MONTHS - TREND_MONTHS)),
    isolatedDepartment: p.isolatedDepartment,
    broker: { personId: p.broker, departmentId: p.brokerDepartment, providerId: 'prov-it' },
    growingRelationship: p.growing,
    decliningRelationship: p.declining,
    promiseBreakingProvider: p.promiseBreakingProvider,
    orderTakerRelationship: p.orderTaker,
    strategicPartnerRelationship: p.strategicPartner,
    adviceHub: { personId: survey.adviceHub, surveyAt: survey.at },
    leakingRelationship: value.leaking,
    governance,
    followedAction: plantedAction(org),
  };
  return { bundle, groundTruth };
}
