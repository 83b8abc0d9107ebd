/**
 * The compare answer (server/schema/compare.ts) from two periods' analytics. Viewers: unit level only, no
 * person, and no unit that is below the privacy floor in either period (nor a pair or change that touches it).
 */
import {
  comparisonOf,
  type ComparedWindow,
  type CompareLevel,
  type FailurePoint,
} from '../analytics/compare/index.ts';
import type { CompareAnswer } from '../schema/compare.ts';
import { changeSentences } from './changeSentences.ts';
import { groupVisible, requirePersonLevel, seesPeople, type Viewer } from './privacy.ts';
import { windowAnswer } from './windowAnswer.ts';

export async function compareView(
  before: ComparedWindow,
  after: ComparedWindow,
  query: { level: CompareLevel; limit: number },
  viewer: Viewer,
): Promise<CompareAnswer> {
  if (query.level === 'person') requirePersonLevel(viewer.role, 'Comparing person pairs');
  const comparison = await comparisonOf(before, after, query.level);
  const visible = visibleUnits(before, after, viewer);
  const unitName = (id: string) => nameIn([after, before], 'units', id);
  const personName = (id: string) => nameIn([after, before], 'persons', id);
  const pairName = query.level === 'unit' ? unitName : personName;
  const pairs = comparison.pairs.filter((p) => query.level === 'person' || (visible(p.a) && visible(p.b)));
  const units = comparison.units.filter((u) => visible(u.id));
  const failures = seesPeople(viewer.role) ? comparison.failures : undefined;
  const named = (point: FailurePoint) => ({ ...point, name: personName(point.person) });
  return {
    level: query.level,
    before: windowAnswer(before.window),
    after: windowAnswer(after.window),
    pairs: pairs.slice(0, query.limit).map((p) => ({ ...p, aName: pairName(p.a), bName: pairName(p.b) })),
    totals: totals(pairs),
    truncated: pairs.length > query.limit,
    units: units.map((u) => ({ ...u, name: unitName(u.id) })),
    ...(failures && {
      singlePointsOfFailure: { gained: failures.gained.map(named), lost: failures.lost.map(named) },
    }),
    changes: changeSentences(
      { pairs, units, failures },
      { unit: unitName, person: personName, level: query.level },
    ),
    privacy: {
      minGroupSize: viewer.privacy.minGroupSize,
      suppressedUnits: comparison.units.length - units.length,
    },
  };
}

/** A unit a viewer may see in both periods (a unit absent from one period is judged by the other). */
function visibleUnits(before: ComparedWindow, after: ComparedWindow, viewer: Viewer) {
  return (unit: string) =>
    [before, after].every(
      (w) =>
        !w.graphs.units.hasNode(unit) ||
        groupVisible(w.graphs.units.getNodeAttribute(unit, 'members'), viewer.role, viewer.privacy),
    ) && [before, after].some((w) => w.graphs.units.hasNode(unit));
}

function nameIn(windows: ComparedWindow[], graph: 'units' | 'persons', id: string): string {
  for (const { graphs } of windows) {
    const nodes = graphs[graph];
    if (nodes.hasNode(id)) return (nodes.getNodeAttributes(id) as { name: string }).name;
  }
  return id;
}

function totals(pairs: Array<{ change: CompareAnswer['pairs'][number]['change'] }>): CompareAnswer['totals'] {
  const counts = { gained: 0, lost: 0, stronger: 0, weaker: 0, steady: 0 };
  for (const pair of pairs) counts[pair.change]++;
  return counts;
}
