/**
 * A BRM's week: GET /api/digest?brm=p-0012&week=2026-10-26 (analyst). A token that names its person may leave
 * brm out and gets its own week. The windows are computed by the engine's workers and the introductions by the
 * scenario worker; the lines are shaped by server/views/digestView.ts.
 */
import { gatherDigest } from '../../analytics/digest/gather.ts';
import type { ScenarioWorker } from '../../analytics/whatif/scenarioWorker.ts';
import type { Database } from '../../db/database.ts';
import { TrellisError } from '../../errors.ts';
import { digestAnswer, digestQuery } from '../../schema/digest.ts';
import { digestView } from '../../views/digestView.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { answerOrGone, windowRequest, type AnalyticsDeps } from './analyticsRoute.ts';

export function digestRoutes(deps: AnalyticsDeps & { db: Database }, scenarios: ScenarioWorker): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/digest',
      summary:
        "A BRM's week: what needs them in the departments they serve, each line linked into the explorer",
      description:
        'For the departments the BRM serves (BRM_FOR): relationships declining or dormant at the week’s end ' +
        '(isNew: they were neither a week before, by the macro stage rule), promises that came due in the week ' +
        'and were not kept, departments flagged isolated, maturity below target with the indicators holding it ' +
        'back, single points of failure, and the introductions worth making. brm may be left out by a token ' +
        'that names its person. Unknown person: 404; a person who is not a BRM: 422 (not_a_brm).',
      tags: ['analytics'],
      access: 'analyst',
      expensive: true,
      query: digestQuery,
      response: digestAnswer,
      problems: { 404: 'No such person', 422: 'The person is not a BRM in that week' },
      handler: async ({ query, principal, req, res }) => {
        const brm = query.brm ?? principal!.personId;
        if (!brm)
          throw new TrellisError('validation_failed', 'Name the BRM: this token speaks for no person.', {
            errors: [{ path: 'query.brm', code: 'required', message: 'give brm (a person id)' }],
          });
        res.set('Cache-Control', 'no-store'); // names people (SECURITY §16)
        await answerOrGone(req, res, async (signal) => {
          const request = { brm, week: query.week, signal, ...windowRequest(principal!) };
          res.json(digestView(await gatherDigest({ ...deps, scenarios }, request)));
        });
        return undefined;
      },
    }),
  ];
}
