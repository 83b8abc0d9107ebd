/**
 * The micro cycle of unit pairs or (analysts) person pairs, and the macro cycle of unit pairs, paged, most
 * active first. Viewers never see a unit pair with a unit below the floor, nor one whose micro engagements
 * involve fewer people than the floor.
 */
import type { z } from 'zod';
import { windowAnswer } from './windowAnswer.ts';
import type { WindowAnalytics } from '../analytics/engine.ts';
import type { macroAnswer, macroQuery, microAnswer, microQuery } from '../schema/relationships.ts';
import { groupVisible, requirePersonLevel, unitVisibility, type Viewer } from './privacy.ts';
import { orientedSeries } from './relationshipsView.ts';

function paged<T>(rows: T[], query: { offset: number; limit: number }) {
  return {
    rows: rows.slice(query.offset, query.offset + query.limit),
    page: { offset: query.offset, limit: query.limit, total: rows.length },
  };
}

export function microView(
  analytics: WindowAnalytics,
  query: z.output<typeof microQuery>,
  viewer: Viewer,
): z.input<typeof microAnswer> {
  const { micro } = analytics.engagement;
  const touches = (p: { unitA: string; unitB: string }) =>
    !query.unit || p.unitA === query.unit || p.unitB === query.unit;
  if (query.level === 'dyad') {
    requirePersonLevel(viewer.role, 'The micro cycle of person pairs');
    const { rows, page } = paged(
      analytics.dyads.filter(touches).sort((x, y) => y.count - x.count),
      query,
    );
    return { window: windowAnswer(analytics.window), level: 'dyad', pairs: rows, page };
  }
  const visible = unitVisibility(analytics.graphs, viewer);
  const pairs = micro.unitPairs
    .map((p) => ({ ...p, unitA: p.a, unitB: p.b }))
    .filter((p) => touches(p) && visible(p.a) && visible(p.b))
    .filter((p) => groupVisible(p.peopleA + p.peopleB, viewer.role, viewer.privacy))
    .sort((x, y) => y.count - x.count);
  const { rows, page } = paged(pairs, query);
  return { window: windowAnswer(analytics.window), level: 'unitPair', pairs: rows, page };
}

export function macroView(
  analytics: WindowAnalytics,
  query: z.output<typeof macroQuery>,
  viewer: Viewer,
): z.input<typeof macroAnswer> {
  const visible = unitVisibility(analytics.graphs, viewer);
  const relationships = analytics.engagement.macro.relationships
    .filter((r) => !query.unit || r.a === query.unit || r.b === query.unit)
    .filter((r) => visible(r.a) && visible(r.b))
    .sort((x, y) => y.window.volume - x.window.volume || (x.key < y.key ? -1 : 1));
  const { rows, page } = paged(relationships, query);
  return {
    window: windowAnswer(analytics.window),
    relationships: rows.map((r) => ({
      a: r.a,
      b: r.b,
      stage: r.stage,
      continuity: r.continuity,
      growth: r.growth[0]
        ? { volumeRelative: r.growth[0].volumeRelative, breadthRelative: r.growth[0].breadthRelative }
        : null,
      initiationBalance: r.window.beta,
      series: orientedSeries(r.series, true),
    })),
    page,
  };
}
