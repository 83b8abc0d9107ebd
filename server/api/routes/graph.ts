/** The explorer's graph: people or units of a window, with every metric, filtered and paged. */
import { windowSpecOf } from '../../schema/windowRule.ts';
import { graphAnswer, graphQuery, type GraphQuery } from '../../schema/graph.ts';
import { graphView } from '../../views/graphView.ts';
import type { RouteDef } from '../route.ts';
import { analyticsRoute, networkOf, type AnalyticsDeps } from './analyticsRoute.ts';
import type { GraphSource } from './export.ts';
import { byLevel } from './network.ts';

/** The graph answer for a query and a caller: what the exports write. */
export function graphSource(deps: Omit<AnalyticsDeps, 'answers'>): GraphSource {
  return async (query, principal) =>
    graphView(await deps.analytics.forWindow(windowSpecOf(query), request(query)), query, {
      role: principal.role,
      privacy: deps.privacy,
    });
}

const request = (query: GraphQuery) => ({ need: byLevel(query), network: networkOf(query) });

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
