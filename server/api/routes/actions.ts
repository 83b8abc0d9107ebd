/**
 * Follow-through: POST /api/actions marks an introduction or another action taken (by the token's person, or
 * its role); GET /api/actions lists the actions with what followed. Neither answer is kept in the answer cache:
 * recording an action changes no data version (no analytics depend on it), so a cached list would go stale.
 * The effects read windows from the engine's cache and the memoised period comparison, so a repeat is cheap.
 */
import { effectsOf } from '../../analytics/actions/effects.ts';
import { listActions, recordAction } from '../../analytics/actions/store.ts';
import type { Database } from '../../db/database.ts';
import { actionBody, actionCreated, actionsAnswer, actionsQuery } from '../../schema/actions.ts';
import { actionRecordView, actionsView } from '../../views/actionsView.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { answerOrGone, windowRequest, type AnalyticsDeps } from './analyticsRoute.ts';

const EFFECT =
  'Each effect compares the metric aimed at in the period after takenAt (up to the data’s end, at most 90 ' +
  'days) with the period of the same length before it, by the period comparison of /api/compare; fewer than ' +
  '14 days after is too early to tell. An observation, not proof that the action caused it.';

export function actionRoutes(deps: AnalyticsDeps & { db: Database }): RouteDef[] {
  const dataEnd = async () => (await deps.analytics.resolve('7d')).window.to;
  return [
    defineRoute({
      method: 'post',
      path: '/actions',
      summary: 'Mark an introduction or another action taken, with the metric it aims at moving',
      description:
        'Stored as an (:Action) linked to the units and people it concerns and to the token’s person (else ' +
        'its role) as the one who took it. Answers the action with its effect so far. ' +
        EFFECT +
        ' Unknown units or people: 422 naming them.',
      tags: ['analytics'],
      access: 'analyst',
      expensive: true,
      body: actionBody,
      response: actionCreated,
      problems: { 422: 'Units or people not in the data (`unknown` lists them)' },
      handler: async ({ body, principal, req, res }) => {
        const who = { role: principal!.role, personId: principal!.personId };
        const id = await recordAction(deps.db, body, who);
        res.set('Cache-Control', 'no-store'); // names people (SECURITY §16)
        await answerOrGone(req, res, async (signal) => {
          const stored = await listActions(deps.db, { id, limit: 1 });
          const [action] = await effectsOf(deps.analytics, stored, await dataEnd(), {
            signal,
            ...windowRequest(principal!),
          });
          res.json({ action: actionRecordView(action!) });
        });
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/actions',
      summary: 'Actions marked taken, newest first, each with what followed',
      description: `Filter by unit or by relationship (providerId and departmentId). ${EFFECT}`,
      tags: ['analytics'],
      access: 'analyst',
      expensive: true,
      query: actionsQuery,
      response: actionsAnswer,
      handler: async ({ query, principal, req, res }) => {
        res.set('Cache-Control', 'no-store'); // names people (SECURITY §16)
        await answerOrGone(req, res, async (signal) => {
          const stored = await listActions(deps.db, {
            unitIds: query.unit ? [query.unit] : undefined,
            relationship:
              query.providerId && query.departmentId
                ? { providerId: query.providerId, departmentId: query.departmentId }
                : undefined,
            limit: query.limit,
          });
          const asOf = await dataEnd();
          const request = { signal, ...windowRequest(principal!) };
          res.json(actionsView(await effectsOf(deps.analytics, stored, asOf, request), asOf));
        });
        return undefined;
      },
    }),
  ];
}
