/**
 * The shape every analytics route shares: resolve the window, then answer from the serialised-answer cache or
 * build the view from the window's analytics for this caller's role.
 */
import type { z } from 'zod';
import type { AnalyticsEngine, WindowAnalytics } from '../../analytics/engine.ts';
import { windowSpecOf } from '../../schema/windowRule.ts';
import type { Access } from '../../auth/roles.ts';
import type { PrivacySettings, Viewer } from '../../views/privacy.ts';
import { answerKey, type AnswerCache } from '../answerCache.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export interface AnalyticsDeps {
  analytics: AnalyticsEngine;
  privacy: PrivacySettings;
  answers: AnswerCache;
}

type WindowedQuery = z.ZodType<{ window: string; from?: string; to?: string }>;

export interface AnalyticsRouteSpec<Q extends WindowedQuery, R extends z.ZodType> {
  path: string;
  summary: string;
  description?: string;
  access?: Access;
  query: Q;
  response: R;
  view: (analytics: WindowAnalytics, query: z.output<Q>, viewer: Viewer) => z.input<R>;
}

export function analyticsRoute<Q extends WindowedQuery, R extends z.ZodType>(
  deps: AnalyticsDeps,
  spec: AnalyticsRouteSpec<Q, R>,
): RouteDef {
  return defineRoute({
    method: 'get',
    path: spec.path,
    summary: spec.summary,
    description: spec.description,
    tags: ['analytics'],
    access: spec.access ?? 'viewer',
    expensive: true,
    query: spec.query,
    response: spec.response,
    handler: async ({ query, principal, req, res }) => {
      const analytics = await deps.analytics.forWindow(windowSpecOf(query as z.output<WindowedQuery>));
      const role = principal!.role;
      const key = answerKey(spec.path, analytics, role, query);
      await deps.answers.send(req, res, key, async () =>
        spec.view(analytics, query as z.output<Q>, { role, privacy: deps.privacy }),
      );
      return undefined;
    },
  });
}
