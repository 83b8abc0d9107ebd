/**
 * The engagement metrics of one window, end to end: the four relationship projections read in parallel
 * (aggregated in Cypher), then the micro cycle, the macro cycle, trust (relationships and units), reputation
 * and maturity computed from them in linear passes, and the value of each relationship from its initiatives (read
 * beside them). Each family can also be called on its own.
 */
import type { Database } from '../db/database.ts';
import { macroCycle, type MacroCycleResult } from './macro/macroCycle.ts';
import { DEFAULT_STAGE_RULES, type StageRules } from './macro/config.ts';
import { relationshipMaturity, type MaturityResult } from './maturity/relationshipMaturity.ts';
import { DEFAULT_MATURITY_RULES, type MaturityRules } from './maturity/config.ts';
import { microCycle, type MicroCycleResult } from './micro/microCycle.ts';
import { DEFAULT_PERIOD_OPTIONS, type PeriodOptions } from './periods.ts';
import {
  governance,
  type BrmInputs,
  type GovernanceOptions,
  type GovernanceResult,
} from './governance/index.ts';
import { loadBrmMix } from './projection/loadBrmMix.ts';
import { loadMicroDyads, type DyadRow } from './projection/loadMicroDyads.ts';
import { loadRelationshipFeedback, type FeedbackTally } from './projection/loadRelationshipFeedback.ts';
import { loadRelationshipPeriods, type RelationshipHistory } from './projection/loadRelationshipPeriods.ts';
import { loadServes, type ServesRelationship } from './projection/loadServes.ts';
import { loadInitiatives } from './projection/loadInitiatives.ts';
import {
  relationshipValue,
  type InitiativeProgress,
  type ValueResult,
  type ValueRules,
} from './value/index.ts';
import { DEFAULT_TRUST_OPTIONS, type TrustOptions } from './trust/config.ts';
import { relationshipTrust, type RelationshipTrust } from './trust/relationshipTrust.ts';
import { unitReputation, type ReputationOptions, type ReputationResult } from './trust/reputation.ts';
import { unitTrust, type UnitTrust } from './trust/unitTrust.ts';
import type { TimeWindow } from './window.ts';

export interface EngagementOptions {
  periods?: PeriodOptions;
  stages?: StageRules;
  trust?: TrustOptions;
  maturity?: MaturityRules;
  reputation?: ReputationOptions;
  value?: ValueRules;
  governance?: GovernanceOptions;
}

export interface EngagementInputs {
  dyads: DyadRow[];
  histories: RelationshipHistory[];
  feedback: FeedbackTally[];
  serves: ServesRelationship[];
  /** Initiatives with what they realised by the window end (none when left out: no value to read). */
  initiatives?: InitiativeProgress[];
  /** BRM assignments and engagement mixes (governance); absent: no BRM known. */
  brms?: BrmInputs;
}

export interface EngagementMetrics {
  micro: MicroCycleResult;
  macro: MacroCycleResult;
  trust: { relationships: RelationshipTrust[]; units: UnitTrust[]; options: TrustOptions };
  reputation: ReputationResult;
  maturity: MaturityResult;
  value: ValueResult;
  /** Governance check list per relationship and BRM role health. */
  governance: GovernanceResult;
}

export async function loadEngagementInputs(
  db: Database,
  window: TimeWindow,
  options: EngagementOptions = {},
): Promise<EngagementInputs> {
  const periods = options.periods ?? DEFAULT_PERIOD_OPTIONS;
  const [dyads, histories, feedback, serves, initiatives, brms] = await Promise.all([
    loadMicroDyads(db, window, periods),
    loadRelationshipPeriods(db, window, periods),
    loadRelationshipFeedback(db, window, periods),
    loadServes(db),
    loadInitiatives(db, window),
    loadBrmMix(db, window, periods),
  ]);
  return { dyads, histories, feedback, serves, initiatives, brms };
}

export function engagementMetrics(
  inputs: EngagementInputs,
  window: TimeWindow,
  options: EngagementOptions = {},
): EngagementMetrics {
  const periods = options.periods ?? DEFAULT_PERIOD_OPTIONS;
  const trustOptions = options.trust ?? DEFAULT_TRUST_OPTIONS;
  const macro = macroCycle(inputs.histories, window, {
    periods,
    rules: options.stages ?? DEFAULT_STAGE_RULES,
  });
  const relationships = relationshipTrust(inputs.histories, inputs.feedback, {
    trust: trustOptions,
    periods,
  });
  return {
    micro: microCycle(inputs.dyads, window),
    macro,
    trust: { relationships, units: unitTrust(relationships), options: trustOptions },
    reputation: unitReputation(relationships, options.reputation),
    maturity: relationshipMaturity(
      {
        serves: inputs.serves,
        histories: inputs.histories,
        feedback: inputs.feedback,
        trust: relationships,
        macro,
      },
      options.maturity ?? DEFAULT_MATURITY_RULES,
    ),
    value: relationshipValue(inputs.initiatives ?? [], window.to, options.value),
    governance: governance(inputs, options.governance),
  };
}
