/** Progress of a window's computation: the explorer shows it while a cold window is on its way. */
import type { AnalyticsEngine } from '../../analytics/engine.ts';
import { windowSpecOf } from '../../schema/windowRule.ts';
import { progressAnswer, progressQuery } from '../../schema/progress.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function windowProgressRoutes(deps: { analytics: AnalyticsEngine }): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/windows/progress',
      summary: 'Whether a window is being computed, and the step it is at',
      description:
        'Cheap: reads the scheduler, computes nothing. Poll it while an analytics request waits. The survey ' +
        "network's window (network=survey) is a computation of its own, asked about with the same parameter.",
      tags: ['analytics'],
      access: 'viewer',
      query: progressQuery,
      response: progressAnswer,
      handler: async ({ query }) => {
        const progress = await deps.analytics.progress(windowSpecOf(query), query.network);
        const { state, step } = progress;
        return { window: progress.window.key, network: query.network, state, step: step ?? null };
      },
    }),
  ];
}
