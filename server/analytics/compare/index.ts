/**
 * Two periods side by side (the "What changed" question): how every tie, every unit's isolation and the
 * single points of failure moved from the first period to the second, at unit or person level. Pure: both
 * periods' analytics come from the engine's cache.
 */
import type { WindowAnalytics } from '../engine.ts';
import type { Stage } from '../macro/index.ts';
import { failureChanges, type FailureChanges } from './failureChanges.ts';
import { DEFAULT_PAIR_CHANGE_OPTIONS, pairChanges, type PairComparison } from './pairChanges.ts';
import { unitChanges, type UnitComparison } from './unitChanges.ts';
import { yieldToEventLoop } from '../compute/graphTransfer.ts';

export { DEFAULT_PAIR_CHANGE_OPTIONS, type PairChange, type PairComparison } from './pairChanges.ts';
export type { UnitComparison } from './unitChanges.ts';
export type { FailureChanges, FailurePoint } from './failureChanges.ts';

export type ComparedWindow = Pick<WindowAnalytics, 'window' | 'graphs' | 'network' | 'engagement'>;
export type CompareLevel = 'unit' | 'person';

export interface PairWithStages extends PairComparison {
  /** The relationship's stage at the end of each period (provider–department pairs at unit level), else null. */
  stageBefore: Stage | null;
  stageAfter: Stage | null;
}

export interface PeriodComparison {
  level: CompareLevel;
  pairs: PairWithStages[];
  units: UnitComparison[];
  failures: FailureChanges;
}

/**
 * Two computed periods compared at one level, on the HTTP thread: the tie join gives the event loop a turn
 * every few thousand ties (tens of thousands at person level), and each pair of periods is compared once per
 * level — the analytics objects are the engine's cached ones, so a new limit or another role reuses it.
 */
export function comparisonOf(
  before: ComparedWindow,
  after: ComparedWindow,
  level: CompareLevel,
): Promise<PeriodComparison> {
  const byAfter =
    comparisons.get(before) ?? new WeakMap<ComparedWindow, Map<CompareLevel, Promise<PeriodComparison>>>();
  comparisons.set(before, byAfter);
  const byLevel = byAfter.get(after) ?? new Map<CompareLevel, Promise<PeriodComparison>>();
  byAfter.set(after, byLevel);
  let comparison = byLevel.get(level);
  if (!comparison) {
    comparison = pairChanges(
      periodGraph(before, level),
      periodGraph(after, level),
      DEFAULT_PAIR_CHANGE_OPTIONS,
      yieldToEventLoop,
    ).then((pairs) => assemble(before, after, level, pairs));
    comparison.catch(() => byLevel.delete(level));
    byLevel.set(level, comparison);
  }
  return comparison;
}

const comparisons = new WeakMap<
  ComparedWindow,
  WeakMap<ComparedWindow, Map<CompareLevel, Promise<PeriodComparison>>>
>();

function periodGraph(w: ComparedWindow, level: CompareLevel) {
  return {
    graph: level === 'unit' ? w.graphs.units : w.graphs.persons,
    days: (w.window.to.getTime() - w.window.from.getTime()) / 86_400_000,
  };
}

function assemble(
  before: ComparedWindow,
  after: ComparedWindow,
  level: CompareLevel,
  changes: PairComparison[],
): PeriodComparison {
  const stagesBefore = level === 'unit' ? stagesOf(before) : NO_STAGES;
  const stagesAfter = level === 'unit' ? stagesOf(after) : NO_STAGES;
  const pairs = changes as PairWithStages[];
  for (const pair of pairs) {
    // in place: the pairs are this comparison's own, and a copy of each costs more than the join itself
    const key = pairKey(pair.a, pair.b);
    pair.stageBefore = stagesBefore.get(key) ?? null;
    pair.stageAfter = stagesAfter.get(key) ?? null;
  }
  return {
    level,
    pairs,
    units: unitChanges(before.network.isolation, after.network.isolation),
    failures: failureChanges(before.network.cutPoints, after.network.cutPoints),
  };
}

const NO_STAGES: ReadonlyMap<string, Stage> = new Map();

function stagesOf(window: ComparedWindow): Map<string, Stage> {
  return new Map(
    window.engagement.macro.relationships.map((r) => [pairKey(r.a, r.b), r.stage.stage] as const),
  );
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
