/**
 * The INDICATED maturity of a business–provider relationship: the level its behaviour shows, by the indicator
 * ladder of maturity/config.ts, with every indicator's value, threshold and verdict, and the ones that hold the
 * relationship back (the failing indicators of the next level up). `score` places the relationship within its
 * level: level + the mean attainment of all higher-level indicators, where an indicator that holds attains 1 and
 * one that fails the share of the way to its threshold (value / threshold for a minimum; (1 − value) /
 * (1 − threshold) for a maximum of a share), so two relationships on one rung can still be told apart: an order
 * taker far from every higher indicator scores just above 2, one that misses them narrowly nearly 3.
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
  /** 1 when it holds, else the share of the way from the worst value to the threshold. */
  attainment: number;
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
    const reason = `${behaviour.engagements} engagements read < ${rules.minEngagements}: too little behaviour to indicate a level`;
    return { level: null, label: null, score: null, indicators, holdingBack: [], reason };
  }
  let level: MaturityLevel = 1;
  for (const rung of [2, 3, 4, 5] as const) {
    if (!indicators.filter((i) => i.level === rung).every((i) => i.holds)) break;
    level = rung;
  }
  const above = indicators.filter((i) => i.level > level);
  const score = level + (above.length ? above.reduce((sum, i) => sum + i.attainment, 0) / above.length : 0);
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
  return {
    ...indicator,
    threshold,
    value,
    holds,
    attainment: holds ? 1 : attainmentOf(indicator.bound, value, threshold),
  };
}

function attainmentOf(bound: 'min' | 'max', value: number | null, threshold: number): number {
  if (value === null) return 0;
  const way = bound === 'min' ? value / threshold : (1 - value) / (1 - threshold);
  return Math.max(0, Math.min(1, way));
}

export interface BehaviourInputs {
  /** The pair's periods; those before `periods` (0 = the newest) are read. */
  facts: readonly PeriodFacts[];
  periods: number;
  /** Whether the business (department) is side a of the pair. */
  businessIsA: boolean;
  trust: number;
  promiseTrust: number;
  /** Stage of the macro cycle. */
  stage: string;
}

/**
 * The behaviour of one relationship over its last `periods` periods, oriented business → provider. Support
 * tickets are routine operations (a service desk takes them from everyone): they count toward the reactive
 * share, but β, the meeting share and the negotiated share are read over the other engagements, the
 * conversation between the two sides, so a busy service desk does not hide a strategic dialogue.
 */
export function behaviourOf(inputs: BehaviourInputs): Behaviour {
  const read = inputs.facts.filter((p) => p.period < inputs.periods);
  const sum = (pick: (p: PeriodFacts) => number) => read.reduce((s, p) => s + pick(p), 0);
  const a = inputs.businessIsA;
  const volume = sum((p) => p.volume);
  const conversation = volume - sum((p) => p.support);
  const business = sum((p) => (a ? p.initiatedByA - p.supportByA : p.initiatedByB - p.supportByB));
  const provider = sum((p) => (a ? p.initiatedByB - p.supportByB : p.initiatedByA - p.supportByA));
  const beta = initiationBalance(business, provider);
  const regularity = read.filter((p) => p.volume > 0).length / inputs.periods;
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
      sum((p) => p.negotiated - p.negotiatedSupport),
      conversation,
    ),
    trust: inputs.trust,
    meetingShare: share(
      sum((p) => p.meeting),
      conversation,
    ),
    planningShare: read.filter((p) => p.planning > 0).length / inputs.periods,
    sustained: regularity === 1 && !['declining', 'dormant'].includes(inputs.stage) ? 1 : 0,
  };
}
