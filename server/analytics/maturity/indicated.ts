/**
 * The INDICATED maturity of a business–provider relationship: the level its behaviour shows, by the indicator
 * ladder of maturity/config.ts, with every indicator's value, threshold and verdict, and the ones that hold the
 * relationship back (the failing indicators of the next level up). `score` places the relationship within its
 * level: level + the share of all higher-level indicators that already hold (level 2 meeting 5 of 11 higher
 * indicators scores 2.45), so two relationships on one rung can still be told apart.
 */
import { initiationBalance } from '../relationship.ts';
import type { PeriodFacts } from '../projection/loadRelationshipPeriods.ts';
import { share } from '../statistics.ts';
import {
  DEFAULT_MATURITY_RULES,
  MATURITY_INDICATORS,
  MATURITY_LEVELS,
  type Indicator,
  type MaturityLevel,
  type MaturityRules,
  type Measure,
} from './config.ts';

export type Behaviour = { engagements: number } & Record<Measure, number | null>;

export interface IndicatorResult extends Omit<Indicator, 'threshold'> {
  value: number | null;
  threshold: number;
  holds: boolean;
}

export interface IndicatedMaturity {
  level: MaturityLevel | null;
  label: string | null;
  score: number | null;
  indicators: IndicatorResult[];
  holdingBack: IndicatorResult[];
  reason: string;
}

export function indicatedMaturity(
  behaviour: Behaviour,
  rules: MaturityRules = DEFAULT_MATURITY_RULES,
): IndicatedMaturity {
  const indicators = MATURITY_INDICATORS.map((indicator) => judge(indicator, behaviour, rules));
  if (behaviour.engagements < rules.minEngagements) {
    const reason = `${behaviour.engagements} engagements in the window < ${rules.minEngagements}: too little behaviour to indicate a level`;
    return { level: null, label: null, score: null, indicators, holdingBack: [], reason };
  }
  let level: MaturityLevel = 1;
  for (const rung of [2, 3, 4, 5] as const) {
    if (!indicators.filter((i) => i.level === rung).every((i) => i.holds)) break;
    level = rung;
  }
  const above = indicators.filter((i) => i.level > level);
  const score = level + (above.length ? above.filter((i) => i.holds).length / above.length : 0);
  const holdingBack = indicators.filter((i) => i.level === level + 1 && !i.holds);
  const reason =
    level === 5
      ? 'every indicator holds'
      : `level ${level + 1} needs: ${holdingBack.map((i) => i.id).join(', ')}`;
  return { level, label: MATURITY_LEVELS[level], score, indicators, holdingBack, reason };
}

function judge(indicator: Indicator, behaviour: Behaviour, rules: MaturityRules): IndicatorResult {
  const threshold = indicator.threshold === 1 ? 1 : rules[indicator.threshold];
  const value = behaviour[indicator.measure];
  const holds = value !== null && (indicator.bound === 'min' ? value >= threshold : value <= threshold);
  return { ...indicator, threshold, value, holds };
}

export interface BehaviourInputs {
  /** The pair's periods inside the window (period < windowPeriods). */
  periods: readonly PeriodFacts[];
  windowPeriods: number;
  /** Whether the business (department) is side a of the pair. */
  businessIsA: boolean;
  trust: number;
  promiseTrust: number;
  /** Stage of the macro cycle. */
  stage: string;
}

/** The behaviour of one relationship in the window, oriented business → provider. */
export function behaviourOf(inputs: BehaviourInputs): Behaviour {
  const inWindow = inputs.periods.filter((p) => p.period < inputs.windowPeriods);
  const sum = (pick: (p: PeriodFacts) => number) => inWindow.reduce((s, p) => s + pick(p), 0);
  const volume = sum((p) => p.volume);
  const a = inputs.businessIsA;
  const business = sum((p) => (a ? p.initiatedByA : p.initiatedByB));
  const provider = sum((p) => (a ? p.initiatedByB : p.initiatedByA));
  const beta = initiationBalance(business, provider);
  const active = inWindow.filter((p) => p.volume > 0).length;
  const regularity = active / inputs.windowPeriods;
  return {
    engagements: volume,
    regularity,
    promiseTrust: inputs.promiseTrust,
    absBeta: beta === null ? null : Math.abs(beta),
    reactiveShare: share(
      sum((p) => (a ? p.reactiveByA : p.reactiveByB)),
      volume,
    ),
    negotiatedShare: share(
      sum((p) => p.negotiated),
      volume,
    ),
    trust: inputs.trust,
    meetingShare: share(
      sum((p) => p.meeting),
      volume,
    ),
    planningShare: inWindow.filter((p) => p.planning > 0).length / inputs.windowPeriods,
    sustained: regularity === 1 && !['declining', 'dormant'].includes(inputs.stage) ? 1 : 0,
  };
}
