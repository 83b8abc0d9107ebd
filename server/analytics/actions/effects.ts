/**
 * What followed each action: the metric it aimed at in the period before it was taken and the period after
 * (effectWindows.ts), both periods' analytics from the engine's cache (computed by its worker threads) and
 * compared with the period comparison (compare/comparisonOf, memoised per pair of periods).
 */
import { comparisonOf } from '../compare/index.ts';
import type { AnalyticsEngine } from '../engine.ts';
import { effectPeriods, type EffectPeriods } from './effectWindows.ts';
import { judge, measure, type Direction, type Measured } from './measure.ts';
import type { StoredAction } from './store.ts';

export interface ComputedEffect extends Measured {
  status: 'measured' | 'tooEarly' | 'noData';
  periods: EffectPeriods | null;
  delta: number | null;
  direction: Direction;
}

export interface EffectRequest {
  /** The API token asking (windows in flight are bounded per token). */
  token?: string;
  signal?: AbortSignal;
}

const NOTHING = { before: null, after: null, level: null, delta: null, direction: 'unknown' as const };

export async function effectOf(
  analytics: AnalyticsEngine,
  action: StoredAction,
  asOf: Date,
  request: EffectRequest = {},
): Promise<ComputedEffect> {
  const periods = effectPeriods(action.takenAt, asOf);
  if (!periods) return { status: 'tooEarly', periods: null, ...NOTHING };
  const ask = { need: 'network' as const, ...request };
  const [before, after] = await Promise.all([
    analytics.forWindow(periods.before, ask),
    analytics.forWindow(periods.after, ask),
  ]);
  const comparison = await comparisonOf(before, after, 'unit');
  const target = {
    unit: action.units[0]?.id ?? null,
    relationship: action.relationship
      ? { providerId: action.relationship.provider.id, departmentId: action.relationship.department.id }
      : null,
  };
  const measured = measure(action.metric, target, { before, after, comparison });
  if (measured.before === null && measured.after === null)
    return { status: 'noData', periods, ...NOTHING, level: measured.level };
  return {
    status: 'measured',
    periods,
    ...measured,
    ...judge(action.metric, measured.before, measured.after, measured.change),
  };
}

/** Each action's effect, one after the other: two windows in flight at most, whatever the number of actions. */
export async function effectsOf(
  analytics: AnalyticsEngine,
  actions: StoredAction[],
  asOf: Date,
  request: EffectRequest = {},
): Promise<Array<StoredAction & { effect: ComputedEffect }>> {
  const out: Array<StoredAction & { effect: ComputedEffect }> = [];
  for (const action of actions)
    out.push({ ...action, effect: await effectOf(analytics, action, asOf, request) });
  return out;
}
