/**
 * What changed between two periods: both periods' analytics (from the engine's cache, computed once each), then
 * the comparison for this caller's role, kept in the serialised-answer cache like every analytics answer.
 */
import { compareAnswer, compareQuery } from '../../schema/compare.ts';
import { compareView } from '../../views/compareView.ts';
import { answerKey } from '../answerCache.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { answerOrGone, windowRequest, type AnalyticsDeps } from './analyticsRoute.ts';

export function compareRoutes(deps: AnalyticsDeps): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/compare',
      summary: 'What changed between two periods: ties gained, lost, stronger, weaker; isolation; brokers',
      description:
        'Each tie is compared by engagements per 30 days, so periods of different lengths compare fairly; a move ' +
        'of fewer than 3 engagements or 25 % is steady. Units carry their isolation flag, E-I, reach and rank in ' +
        'both periods; `changes` ranks the most important changes, each in one sentence. Viewers: unit level, no ' +
        'people, no unit below the privacy floor in either period.',
      tags: ['analytics'],
      access: 'viewer',
      expensive: true,
      query: compareQuery,
      response: compareAnswer,
      handler: async ({ query, principal, req, res }) => {
        const periods = [
          { from: query.beforeFrom, to: query.beforeTo },
          { from: query.afterFrom, to: query.afterTo },
        ];
        const [before, after] = await Promise.all(periods.map((spec) => deps.analytics.resolve(spec)));
        const role = principal!.role;
        const key = answerKey(
          '/compare',
          { dataVersion: after!.dataVersion, window: before!.window },
          role,
          query,
        );
        await answerOrGone(req, res, async (signal) => {
          await deps.answers.send(req, res, key, async () => {
            // The network family holds the graphs, isolation and cut points, and the stages beneath it.
            const request = { need: 'network' as const, signal, ...windowRequest(principal!) };
            const [was, is] = await Promise.all([
              deps.analytics.forResolved(before!, request),
              deps.analytics.forResolved(after!, request),
            ]);
            return compareView(was, is, query, { role, privacy: deps.privacy });
          });
        });
        return undefined;
      },
    }),
  ];
}
