/**
 * The stage of a relationship (DESIGN §3.5) by explicit rules, tried in order; the first that holds fires, so
 * the stages are exclusive, and the last is a fallback, so they are total:
 *   1. dormant    — silent for more than dormantGaps median gaps and at least dormantMinDays;
 *   2. forming    — young (first contact < formingMaxAgeDays ago) or few contacts (< formingMinContacts);
 *   3. declining  — volume falling over each of the decliningWindows trend spans (the newest trailingPeriods periods,
 *                   and the same length ending decliningStepPeriods earlier): relative slope ≤ −growthThreshold
 *                   and a fitted fall over the span of at least minChange engagements;
 *   4. growing    — volume rising (relative slope ≥ growthThreshold, fitted rise ≥ minChange) and breadth rising
 *                   (relative breadth slope > breadthRising) over the newest trend span;
 *   5. sustaining — stable (neither rising nor falling as above), reciprocal (|β| ≤ sustainingMaxBeta) and
 *                   continuous (continuity ≥ sustainingMinContinuity);
 *   6. steady     — otherwise: a mature relationship that is neither rising nor falling for long; its stage is
 *                   sustaining, and `caveats` name the sustaining conditions it misses (one-way, unsteady…).
 * Every fact is taken as of the window's end over spans fixed in periods (config.ts trendSpans), never over the
 * window itself, so the stage does not flip between window lengths.
 * The answer names the rule that fired and the numbers it looked at. Thresholds: macro/config.ts.
 */
import type { RelationshipStage } from '../../schema/domain.ts';
import type { StageRules } from './config.ts';
import type { Growth } from './growth.ts';

export type Stage = RelationshipStage;
export type StageRuleId = Stage | 'steady';

export interface StageFacts {
  /** Days from the first contact (in the history read) to the window end. */
  ageDays: number;
  /** Engagements in the history read. */
  contacts: number;
  /** Days from the last contact to the window end. */
  silenceDays: number;
  medianGapDays: number | null;
  /** Growth over each trend span, newest first (null where too little history). */
  growth: ReadonlyArray<Growth | null>;
  /** Initiation balance over the newest trend span. */
  beta: number | null;
  /** Share of active periods. */
  continuity: number;
}

export interface StageResult {
  stage: Stage;
  rule: StageRuleId;
  /** The rule in words, with its numbers. */
  because: string;
  /** Sustaining conditions not met (rule 'steady' only). */
  caveats: string[];
}

interface Rule {
  id: StageRuleId;
  stage: Stage;
  holds(facts: StageFacts, rules: StageRules): boolean;
  explain(facts: StageFacts, rules: StageRules): string;
}

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)} %`;
const num = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? 'n/a' : x.toFixed(digits);

export function dormancyThresholdDays(facts: StageFacts, rules: StageRules): number {
  return Math.max(rules.dormantGaps * (facts.medianGapDays ?? 0), rules.dormantMinDays);
}

/** The fitted change of volume over the growth span, in engagements. */
export function volumeChange(growth: Growth): number {
  return growth.volumeSlope * (growth.periods - 1);
}

function falling(growth: Growth | null | undefined, rules: StageRules): boolean {
  if (growth?.volumeRelative == null) return false;
  return growth.volumeRelative <= -rules.growthThreshold && -volumeChange(growth) >= rules.minChange;
}

function rising(growth: Growth | null | undefined, rules: StageRules): boolean {
  if (growth?.volumeRelative == null) return false;
  return growth.volumeRelative >= rules.growthThreshold && volumeChange(growth) >= rules.minChange;
}

function stable(facts: StageFacts, rules: StageRules): boolean {
  return !rising(facts.growth[0], rules) && !falling(facts.growth[0], rules);
}

function reciprocal(facts: StageFacts, rules: StageRules): boolean {
  return facts.beta !== null && Math.abs(facts.beta) <= rules.sustainingMaxBeta;
}

function continuous(facts: StageFacts, rules: StageRules): boolean {
  return facts.continuity >= rules.sustainingMinContinuity;
}

export const STAGE_RULES: readonly Rule[] = [
  {
    id: 'dormant',
    stage: 'dormant',
    holds: (f, r) => f.silenceDays > dormancyThresholdDays(f, r),
    explain: (f, r) =>
      `silent ${num(f.silenceDays)} days > max(${r.dormantGaps} × median gap ${num(f.medianGapDays)} days, ${r.dormantMinDays} days)`,
  },
  {
    id: 'forming',
    stage: 'forming',
    holds: (f, r) => f.ageDays < r.formingMaxAgeDays || f.contacts < r.formingMinContacts,
    explain: (f, r) =>
      `first contact ${num(f.ageDays)} days ago (young below ${r.formingMaxAgeDays}), ${f.contacts} contacts (few below ${r.formingMinContacts})`,
  },
  {
    id: 'declining',
    stage: 'declining',
    holds: (f, r) =>
      Array.from({ length: r.decliningWindows }, (_, k) => falling(f.growth[k], r)).every(Boolean),
    explain: (f, r) =>
      `volume falling by ≥ ${r.minChange} engagements over ${r.decliningWindows} spans of ${r.trailingPeriods} periods, ${r.decliningStepPeriods} apart: ${f.growth
        .slice(0, r.decliningWindows)
        .map((g) => `${pct(g?.volumeRelative)}/period`)
        .join(', ')} ≤ −${pct(r.growthThreshold)}`,
  },
  {
    id: 'growing',
    stage: 'growing',
    holds: (f, r) => rising(f.growth[0], r) && (f.growth[0]?.breadthRelative ?? 0) > r.breadthRising,
    explain: (f, r) =>
      `volume ${pct(f.growth[0]?.volumeRelative)}/period ≥ ${pct(r.growthThreshold)} (fitted change ${num(f.growth[0] ? volumeChange(f.growth[0]) : null)} ≥ ${r.minChange}), breadth ${pct(f.growth[0]?.breadthRelative)}/period > ${pct(r.breadthRising)}`,
  },
  {
    id: 'sustaining',
    stage: 'sustaining',
    holds: (f, r) => stable(f, r) && reciprocal(f, r) && continuous(f, r),
    explain: (f, r) =>
      `stable (volume ${pct(f.growth[0]?.volumeRelative)}/period, neither rising nor falling), reciprocal (|β| ${num(f.beta, 2)} ≤ ${r.sustainingMaxBeta}), continuous (${pct(f.continuity)} ≥ ${pct(r.sustainingMinContinuity)})`,
  },
  {
    id: 'steady',
    stage: 'sustaining',
    holds: () => true,
    explain: () => 'mature, neither growing nor declining for long, but not all sustaining conditions hold',
  },
];

export function relationshipStage(facts: StageFacts, rules: StageRules): StageResult {
  const rule = STAGE_RULES.find((r) => r.holds(facts, rules))!;
  return {
    stage: rule.stage,
    rule: rule.id,
    because: rule.explain(facts, rules),
    caveats: caveats(rule, facts, rules),
  };
}

function caveats(rule: Rule, facts: StageFacts, rules: StageRules): string[] {
  if (rule.id !== 'steady') return [];
  const found: string[] = [];
  if (!stable(facts, rules)) found.push(`unsteady: volume ${pct(facts.growth[0]?.volumeRelative)}/period`);
  if (!reciprocal(facts, rules))
    found.push(`one-way: |β| ${num(facts.beta, 2)} > ${rules.sustainingMaxBeta}`);
  if (!continuous(facts, rules)) found.push(`intermittent: continuity ${pct(facts.continuity)}`);
  return found;
}
