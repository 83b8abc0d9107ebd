/** The explorer's graph: people or units of a window, with every metric, filtered and paged. */
import { windowSpecOf } from '../../schema/windowRule.ts';
import { graphAnswer, graphQuery } from '../../schema/graph.ts';
import { graphView } from '../../views/graphView.ts';
import type { RouteDef } from '../route.ts';
import { analyticsRoute, type AnalyticsDeps } from './analyticsRoute.ts';
import type { GraphSource } from './export.ts';
import { byLevel } from './network.ts';

/** The graph answer for a query and a caller: what the exports write. */
export function graphSource(deps: Omit<AnalyticsDeps, 'answers'>): GraphSource {
  return async (query, principal) =>
    graphView(await deps.analytics.forWindow(windowSpecOf(query), { need: byLevel(query) }), query, {
      role: principal.role,
      privacy: deps.privacy,
    });
}

export function graphRoutes(deps: AnalyticsDeps): RouteDef[] {
  return [
    analyticsRoute(deps, {
      path: '/graph',
      summary: 'The relationship network of a window: nodes with their metrics, ties with their strength',
      description:
        'Unit level for every role (units below the privacy floor are left out for viewers); person level ' +
        'needs the analyst role. Nodes are ranked by strength and paged; `page.truncated` says when more match.',
      query: graphQuery,
      response: graphAnswer,
      need: byLevel,
      view: graphView,
    }),
  ];
}
