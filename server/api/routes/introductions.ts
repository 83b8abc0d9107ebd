/**
 * Introductions worth making: GET /api/introductions?unit=… ranks the person pairs across a unit's boundary
 * whose tie would most reduce its isolation or give it a second bridge. Person-level (analyst). Computed in the
 * scenario worker on the window's cached graphs; answers kept per data version, window and query.
 */
import type { ScenarioWorker } from '../../analytics/whatif/scenarioWorker.ts';
import { introductionsAnswer, introductionsQuery } from '../../schema/introductions.ts';
import { windowSpecOf } from '../../schema/windowRule.ts';
import { checkUnit, introductionsView } from '../../views/introductionsView.ts';
import { answerKey } from '../answerCache.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { answerOrGone, windowRequest, type AnalyticsDeps } from './analyticsRoute.ts';

export function introductionsRoutes(deps: AnalyticsDeps, worker: ScenarioWorker): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/introductions',
      summary: 'Introductions that would most reduce a unit’s isolation or give it a second bridge',
      description:
        'For an isolated unit, or one that hangs on one person, the pairs (a member, someone of another unit) ' +
        'ranked by effect × (1 + likelihood + ½ · roles): effect is the drop of the isolation score plus the ' +
        'share of units reached without each broker; likelihood the Adamic–Adar score; roles the unit’s BRM, a ' +
        'BRM, leaders on both sides. Each comes with why and what it would change. Unknown unit: 422.',
      tags: ['analytics'],
      access: 'analyst',
      expensive: true,
      query: introductionsQuery,
      response: introductionsAnswer,
      problems: { 422: 'The unit is not in the window' },
      handler: async ({ query, principal, req, res }) => {
        const resolved = await deps.analytics.resolve(windowSpecOf(query));
        const key = answerKey('/introductions', resolved, principal!.role, query);
        res.set('Cache-Control', 'no-store'); // names people (SECURITY §16)
        await answerOrGone(req, res, async (signal) => {
          await deps.answers.send(req, res, key, async () => {
            const request = { need: 'network' as const, signal, ...windowRequest(principal!) };
            const analytics = await deps.analytics.forResolved(resolved, request);
            checkUnit(analytics.graphs, query.unit);
            const options = { isolation: analytics.network.isolation.config, limit: query.limit };
            const job = { kind: 'introductions' as const, unit: query.unit, options };
            return introductionsView(analytics, await worker.run(analytics, job, signal));
          });
        });
        return undefined;
      },
    }),
  ];
}
