/** The explorer's graph: people or units of a window, with every metric, filtered and paged. */
import type { AnalyticsEngine } from '../../analytics/engine.ts';
import { windowSpecOf } from '../../analytics/window.ts';
import { graphAnswer, graphQuery } from '../../schema/graph.ts';
import { graphView } from '../../views/graphView.ts';
import type { PrivacySettings } from '../../views/privacy.ts';
import { answerKey, type AnswerCache } from '../answerCache.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import type { GraphSource } from './export.ts';

export interface GraphDeps {
  analytics: AnalyticsEngine;
  privacy: PrivacySettings;
}

/** The graph answer for a query and a caller: what GET /api/graph sends and the exports write. */
export function graphSource(deps: GraphDeps): GraphSource {
  return async (query, principal) =>
    graphView(await deps.analytics.forWindow(windowSpecOf(query)), query, {
      role: principal.role,
      privacy: deps.privacy,
    });
}

export function graphRoutes(deps: GraphDeps & { answers: AnswerCache }): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/graph',
      summary: 'The relationship network of a window: nodes with their metrics, ties with their strength',
      description:
        'Unit level for every role (units below the privacy floor are left out for viewers); person level ' +
        'needs the analyst role. Nodes are ranked by strength and paged; `page.truncated` says when more match.',
      tags: ['analytics'],
      access: 'viewer',
      expensive: true,
      query: graphQuery,
      response: graphAnswer,
      handler: async ({ query, principal, req, res }) => {
        const analytics = await deps.analytics.forWindow(windowSpecOf(query));
        const role = principal!.role;
        await deps.answers.send(req, res, answerKey('graph', analytics, role, query), async () =>
          graphView(analytics, query, { role, privacy: deps.privacy }),
        );
        return undefined;
      },
    }),
  ];
}
