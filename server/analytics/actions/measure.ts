/**
 * The metric an action aimed at, read in the two periods around it: a unit's isolation score, reach and
 * dependence on one broker, a relationship's trust and stage. Isolation flag, reach and the tie's level come
 * from the period comparison (compare/comparisonOf); the isolation score, trust and stage are each period's
 * own numbers as of its end; the broker's share from each period's cut points.
 */
import type { CutPointsResult } from '../brokerage/index.ts';
import type { ComparedWindow, PairChange, PeriodComparison } from '../compare/index.ts';
import { RELATIONSHIP_STAGES, type RelationshipStage } from '../../schema/domain.ts';
import { UNIT_METRICS, type ActionMetric } from '../../schema/actions.ts';
import { pairKey } from '../relationship.ts';
import { topLevelPartition } from '../silos/index.ts';

export type Value = number | string | null;
export type Direction = 'better' | 'worse' | 'unchanged' | 'unknown';

export interface Target {
  unit: string | null;
  relationship: { providerId: string; departmentId: string } | null;
}

export interface Measured {
  before: Value;
  after: Value;
  /** stage: the relationship's engagements per 30 days in each period (the comparison's tie level)… */
  level: { before: number; after: number } | null;
  /** …and how the comparison classes that move (stronger, weaker, steady…). */
  change?: PairChange | null;
}

interface Periods {
  before: ComparedWindow;
  after: ComparedWindow;
  comparison: PeriodComparison;
}

export function measure(metric: ActionMetric, target: Target, periods: Periods): Measured {
  const { unit, relationship } = target;
  const both = (read: (w: ComparedWindow) => Value): Measured => ({
    before: read(periods.before),
    after: read(periods.after),
    level: null,
  });
  if (UNIT_METRICS.has(metric)) {
    if (!unit) return NOTHING;
    if (metric === 'isolation')
      return both((w) => w.network.isolation.units.find((u) => u.unit === unit)?.score ?? null);
    if (metric === 'brokerShare') return both((w) => brokerShareOf(w, unit));
    const moved = periods.comparison.units.find((u) => u.id === unit);
    return { before: moved?.reachBefore ?? null, after: moved?.reachAfter ?? null, level: null };
  }
  if (!relationship) return NOTHING;
  const key = pairKey(relationship.providerId, relationship.departmentId);
  if (metric === 'trust')
    return both((w) => w.engagement.trust.relationships.find((t) => t.key === key)?.value ?? null);
  return stageOf(key, periods);
}

const NOTHING: Measured = { before: null, after: null, level: null };

function stageOf(key: string, periods: Periods): Measured {
  const pair = periods.comparison.pairs.find((p) => pairKey(p.a, p.b) === key);
  const stage = (w: ComparedWindow) =>
    w.engagement.macro.relationships.find((m) => m.key === key)?.stage.stage ?? null;
  return {
    before: pair?.stageBefore ?? stage(periods.before),
    after: pair?.stageAfter ?? stage(periods.after),
    level: pair ? { before: pair.before, after: pair.after } : { before: 0, after: 0 },
    change: pair?.change ?? null,
  };
}

/**
 * The broker's share: of the other top-level units with members in the period, the largest part the unit
 * reaches only through one person (0: no one person stands alone between it and any unit; 1: everyone is
 * reached through one person). The separations of the period's cut points, read from the unit's side.
 */
export function brokerShareOf(window: ComparedWindow, unit: string): number | null {
  const unitOf = topLevelPartition(window.graphs.persons, window.graphs.units);
  const others = new Set(Object.values(unitOf)).size - 1;
  if (!Object.values(unitOf).includes(unit) || others <= 0) return null;
  return brokerShare(window.network.cutPoints, unit, others);
}

export function brokerShare(cuts: CutPointsResult, unit: string, otherUnits: number): number {
  let largest = 0;
  for (const separation of cuts.people) {
    const cutFrom = new Set<string>();
    for (const group of separation.groups) {
      if (group.units.includes(unit)) group.cutFrom.forEach((u) => cutFrom.add(u));
      if (group.cutFrom.includes(unit)) group.units.forEach((u) => cutFrom.add(u));
    }
    largest = Math.max(largest, cutFrom.size / otherUnits);
  }
  return largest;
}

/** Which way is better for each metric, and the smallest move that counts. */
const SENSE: Record<Exclude<ActionMetric, 'stage'>, { higherIsBetter: boolean; threshold: number }> = {
  isolation: { higherIsBetter: false, threshold: 0.01 },
  reach: { higherIsBetter: true, threshold: 0.5 },
  brokerShare: { higherIsBetter: false, threshold: 0.01 },
  trust: { higherIsBetter: true, threshold: 0.01 },
};

/** Stages from worst to best for a relationship a BRM is tending: dormant … growing. */
const STAGE_RANK: Record<RelationshipStage, number> = {
  dormant: 0,
  declining: 1,
  forming: 2,
  sustaining: 3,
  growing: 4,
};

/**
 * Which way the metric moved. A stage that held (a growing relationship still growing) is judged by the period
 * comparison's class of the tie: stronger or gained is better, weaker or lost worse, steady unchanged.
 */
export function judge(
  metric: ActionMetric,
  before: Value,
  after: Value,
  change: PairChange | null = null,
): { delta: number | null; direction: Direction } {
  if (metric === 'stage') {
    const rank = (v: Value) =>
      typeof v === 'string' && (RELATIONSHIP_STAGES as readonly string[]).includes(v)
        ? STAGE_RANK[v as RelationshipStage]
        : null;
    const [b, a] = [rank(before), rank(after)];
    if (b === null || a === null) return { delta: null, direction: 'unknown' };
    if (a !== b) return { delta: a - b, direction: a > b ? 'better' : 'worse' };
    return { delta: 0, direction: change ? CHANGE_DIRECTION[change] : 'unchanged' };
  }
  if (typeof before !== 'number' || typeof after !== 'number') return { delta: null, direction: 'unknown' };
  const delta = after - before;
  const { higherIsBetter, threshold } = SENSE[metric];
  if (Math.abs(delta) < threshold) return { delta, direction: 'unchanged' };
  return { delta, direction: delta > 0 === higherIsBetter ? 'better' : 'worse' };
}

const CHANGE_DIRECTION: Record<PairChange, Direction> = {
  gained: 'better',
  stronger: 'better',
  steady: 'unchanged',
  weaker: 'worse',
  lost: 'worse',
};
