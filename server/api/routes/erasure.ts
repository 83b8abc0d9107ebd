/**
 * The right to erasure: an admin forgets a person, all or nothing. The data version moves with it, so the engine
 * and the answer cache drop everything computed before (nothing cached still holds the person).
 */
import type { AnalyticsEngine } from '../../analytics/engine.ts';
import type { Database } from '../../db/database.ts';
import { TrellisError } from '../../errors.ts';
import { forgetPerson } from '../../import/erasure.ts';
import { forgetAnswer, forgetParams } from '../../schema/erasure.ts';
import { defineRoute, type RouteDef } from '../route.ts';

export function erasureRoutes(deps: { db: Database; analytics: AnalyticsEngine }): RouteDef[] {
  return [
    defineRoute({
      method: 'delete',
      path: '/people/:id',
      summary: 'Forget a person: their node, memberships, participations and feedback, all or nothing',
      description:
        'Engagements that joined fewer than two people once the person is gone go too. Answers computed before ' +
        'are dropped. 404 when there is no such person.',
      tags: ['data'],
      access: 'admin',
      params: forgetParams,
      response: forgetAnswer,
      handler: async ({ params }) => {
        const forgotten = await forgetPerson(deps.db, params.id);
        if (!forgotten.found)
          throw new TrellisError('not_found', 'There is no such person (nothing was changed).');
        deps.analytics.dataChanged();
        const { feedback, engagements, surveyTies } = forgotten;
        return { forgotten: true as const, feedback, engagements, surveyTies };
      },
    }),
  ];
}
