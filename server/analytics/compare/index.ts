/**
 * Two periods side by side (the "What changed" question): how every tie, every unit's isolation and the
 * single points of failure moved from the first period to the second, at unit or person level. Pure: both
 * periods' analytics come from the engine's cache.
 */
import type { WindowAnalytics } from '../engine.ts';
import type { Stage } from '../macro/index.ts';
import { failureChanges, type FailureChanges } from './failureChanges.ts';
import {
  DEFAULT_PAIR_CHANGE_OPTIONS,
  pairChanges,
  type PairChangeOptions,
  type PairComparison,
} from './pairChanges.ts';
import { unitChanges, type UnitComparison } from './unitChanges.ts';

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

export function compareWindows(
  before: ComparedWindow,
  after: ComparedWindow,
  level: CompareLevel,
  options: PairChangeOptions = DEFAULT_PAIR_CHANGE_OPTIONS,
): PeriodComparison {
  const graph = (w: ComparedWindow) => ({
    graph: level === 'unit' ? w.graphs.units : w.graphs.persons,
    days: (w.window.to.getTime() - w.window.from.getTime()) / 86_400_000,
  });
  const stagesBefore = level === 'unit' ? stagesOf(before) : new Map<string, Stage>();
  const stagesAfter = level === 'unit' ? stagesOf(after) : new Map<string, Stage>();
  return {
    level,
    pairs: pairChanges(graph(before), graph(after), options).map((pair) => ({
      ...pair,
      stageBefore: stagesBefore.get(pairKey(pair.a, pair.b)) ?? null,
      stageAfter: stagesAfter.get(pairKey(pair.a, pair.b)) ?? null,
    })),
    units: unitChanges(before.network.isolation, after.network.isolation),
    failures: failureChanges(before.network.cutPoints, after.network.cutPoints),
  };
}

function stagesOf(window: ComparedWindow): Map<string, Stage> {
  return new Map(
    window.engagement.macro.relationships.map((r) => [pairKey(r.a, r.b), r.stage.stage] as const),
  );
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
