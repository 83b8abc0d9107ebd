/**
 * Maturity of every SERVES relationship (DESIGN §3.6) on the Business Relationship Maturity Model's five levels:
 * the ASSESSED level (survey answers, business and provider side apart), the INDICATED level (behaviour, by the
 * indicator ladder), the TARGET, and the gaps a BRM acts on — target − assessed (positive: below target),
 * business − provider (the two sides' views), assessed − indicated (what people say vs what they do) — with the
 * indicators that hold the relationship back.
 */
import type { MacroCycleResult } from '../macro/macroCycle.ts';
import type { FeedbackTally } from '../projection/loadRelationshipFeedback.ts';
import type { RelationshipHistory } from '../projection/loadRelationshipPeriods.ts';
import type { ServesRelationship } from '../projection/loadServes.ts';
import { pairKey } from '../relationship.ts';
import { betaTrust } from '../trust/betaReputation.ts';
import type { RelationshipTrust } from '../trust/relationshipTrust.ts';
import { assessedMaturity, maturityTallies, type AssessedMaturity } from './assessed.ts';
import { DEFAULT_MATURITY_RULES, type MaturityRules } from './config.ts';
import { behaviourOf, indicatedMaturity, type Behaviour, type IndicatedMaturity } from './indicated.ts';

export interface MaturityInputs {
  serves: readonly ServesRelationship[];
  histories: readonly RelationshipHistory[];
  feedback: readonly FeedbackTally[];
  trust: readonly RelationshipTrust[];
  macro: MacroCycleResult;
}

export interface MaturityGaps {
  targetVsAssessed: number | null;
  businessVsProvider: number | null;
  assessedVsIndicated: number | null;
  targetVsIndicated: number | null;
}

export interface RelationshipMaturity {
  providerId: string;
  departmentId: string;
  purpose: string;
  target: number;
  assessed: AssessedMaturity;
  indicated: IndicatedMaturity;
  behaviour: Behaviour;
  gaps: MaturityGaps;
}

export interface MaturityResult {
  metric: 'maturity';
  relationships: RelationshipMaturity[];
  options: MaturityRules;
}

export function relationshipMaturity(
  inputs: MaturityInputs,
  rules: MaturityRules = DEFAULT_MATURITY_RULES,
): MaturityResult {
  const histories = new Map(inputs.histories.map((h) => [pairKey(h.a, h.b), h]));
  const trusts = new Map(inputs.trust.map((t) => [t.key, t]));
  const stages = new Map(inputs.macro.relationships.map((r) => [r.key, r.stage.stage]));
  const tallies = maturityTallies(inputs.feedback, rules.assessmentPeriods);
  const relationships = inputs.serves.map((serves) => {
    const key = pairKey(serves.providerId, serves.departmentId);
    const trust = trusts.get(key);
    const behaviour = behaviourOf({
      facts: histories.get(key)?.periods ?? [],
      periods: Math.max(inputs.macro.options.windowPeriods, rules.behaviourPeriods),
      businessIsA: serves.departmentId < serves.providerId,
      trust: trust?.value ?? betaTrust({ r: 0, s: 0 }).value,
      promiseTrust: trust?.promiseTrust.value ?? betaTrust({ r: 0, s: 0 }).value,
      stage: stages.get(key) ?? 'dormant',
    });
    const assessed = assessedMaturity(tallies.get(key) ?? [], serves);
    const indicated = indicatedMaturity(behaviour, rules);
    return {
      providerId: serves.providerId,
      departmentId: serves.departmentId,
      purpose: serves.purpose,
      target: serves.targetMaturity,
      assessed,
      indicated,
      behaviour,
      gaps: gapsOf(serves.targetMaturity, assessed, indicated),
    };
  });
  return { metric: 'maturity', relationships, options: rules };
}

function gapsOf(target: number, assessed: AssessedMaturity, indicated: IndicatedMaturity): MaturityGaps {
  const minus = (x: number | null, y: number | null) => (x === null || y === null ? null : x - y);
  return {
    targetVsAssessed: minus(target, assessed.mean),
    businessVsProvider: minus(assessed.business.mean, assessed.provider.mean),
    assessedVsIndicated: minus(assessed.mean, indicated.level),
    targetVsIndicated: minus(target, indicated.level),
  };
}
