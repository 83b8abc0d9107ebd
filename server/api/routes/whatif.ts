/**
 * What if someone leaves? POST /api/whatif compares a window without some people or units with the window as
 * it is. The window's analytics come from the engine's cache; the comparison runs in the scenario worker
 * (server/analytics/whatif/scenarioWorker.ts), never on this thread; answers are kept like every analytics
 * answer, per data version, window, role and body.
 */
import { ScenarioWorker } from '../../analytics/whatif/scenarioWorker.ts';
import { whatIfAnswer, whatIfBody } from '../../schema/whatif.ts';
import { windowSpecOf } from '../../schema/windowRule.ts';
import { checkRemoval, whatIfView } from '../../views/whatifView.ts';
import { seesPeople } from '../../views/privacy.ts';
import { answerKey } from '../answerCache.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { answerOrGone, windowRequest, type AnalyticsDeps } from './analyticsRoute.ts';

export function whatIfRoutes(deps: AnalyticsDeps, worker: ScenarioWorker): RouteDef[] {
  return [
    defineRoute({
      method: 'post',
      path: '/whatif',
      summary:
        'What if some people or units left: unit pairs cut apart, isolation, new brokers, who carries the load',
      description:
        'Compares the window without the people (and the members of the units) named with the window as it is. ' +
        '`disconnected`: unit pairs that lose every path or every direct tie. `units`: units whose isolation ' +
        'flag, E-I, reach or providers engaged change. `singlePointsOfFailure` and `betweenness` (analyst and ' +
        'above): people who would alone connect a unit pair, and the ten whose betweenness rises most. Viewers ' +
        'may remove units only and see no unit below the privacy floor. Unknown ids: 422 naming them.',
      tags: ['analytics'],
      access: 'viewer',
      expensive: true,
      body: whatIfBody,
      response: whatIfAnswer,
      problems: { 422: 'People or units not in the window (`unknown` lists them)' },
      handler: async ({ body, principal, req, res }) => {
        const resolved = await deps.analytics.resolve(windowSpecOf(body));
        const viewer = { role: principal!.role, privacy: deps.privacy };
        const people = seesPeople(viewer.role);
        const key = answerKey('/whatif', resolved, viewer.role, body);
        if (people) res.set('Cache-Control', 'no-store'); // names people (SECURITY §16)
        await answerOrGone(req, res, async (signal) => {
          await deps.answers.send(req, res, key, async () => {
            // betweenness before the removal is the people family's; viewers see no rise and skip it
            const need = people ? ('people' as const) : ('network' as const);
            const request = { need, signal, ...windowRequest(principal!) };
            const analytics = await deps.analytics.forResolved(resolved, request);
            checkRemoval(analytics.graphs, body.remove, viewer);
            const input = {
              removal: body.remove,
              isolation: analytics.network.isolation.config,
              ...(people && { betweenness: analytics.people.betweenness! }),
            };
            const result = await worker.run(analytics, { kind: 'whatif', input }, signal);
            return whatIfView(analytics, result, viewer);
          });
        });
        return undefined;
      },
    }),
  ];
}
