/** Relationships: the BRM dashboard, a relationship's micro-cycle timeline, and the micro and macro cycles. */
import { TrellisError } from '../../errors.ts';
import { unitVisibility } from '../../views/privacy.ts';
import type { Database } from '../../db/database.ts';
import {
  macroAnswer,
  macroQuery,
  microAnswer,
  microQuery,
  relationshipsAnswer,
  relationshipsQuery,
  timelineAnswer,
  timelineQuery,
} from '../../schema/relationships.ts';
import { windowParameters } from '../../analytics/window.ts';
import { windowSpecOf } from '../../schema/windowRule.ts';
import { macroView, microView } from '../../views/cyclesView.ts';
import { relationshipsView } from '../../views/relationshipsView.ts';
import { timelineView } from '../../views/timelineView.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { analyticsRoute, type AnalyticsDeps } from './analyticsRoute.ts';

export function relationshipRoutes(deps: AnalyticsDeps & { db: Database }): RouteDef[] {
  return [
    analyticsRoute(deps, {
      path: '/relationships',
      summary: 'Every business–provider relationship: purpose, maturity against target, trust, stage, volume',
      description:
        'Maturity is assessed (surveys, by side), indicated (behaviour, by explicit indicator rules, with the ' +
        'indicators that hold it back) and targeted; trust is a Beta reputation with its evidence; the stage ' +
        'names the rule that fired. Series are 30-day periods, oldest first.',
      query: relationshipsQuery,
      response: relationshipsAnswer,
      need: 'base',
      view: relationshipsView,
    }),
    defineRoute({
      method: 'get',
      path: '/relationships/timeline',
      summary: "One relationship's engagements over time, with what became of each promise",
      description: '404 when either unit is unknown (or, for viewers, below the privacy floor).',
      tags: ['analytics'],
      access: 'viewer',
      expensive: true,
      query: timelineQuery,
      response: timelineAnswer,
      handler: async ({ query, principal }) => {
        const { window, graphs } = await deps.analytics.forWindow(windowSpecOf(query), {
          need: 'base',
          token: principal!.tokenId,
        });
        const visible = unitVisibility(graphs, { role: principal!.role, privacy: deps.privacy });
        // The answer does not repeat the ids asked for: no input is echoed in an error (SECURITY 11).
        if (![query.providerId, query.departmentId].every(visible))
          throw new TrellisError(
            'not_found',
            'No such relationship you may see (unknown unit or below the floor).',
          );
        const rows = await deps.db.read('views/relationshipTimeline', {
          providerId: query.providerId,
          departmentId: query.departmentId,
          ...windowParameters(window),
        });
        return timelineView(window, query, rows);
      },
    }),
    analyticsRoute(deps, {
      path: '/micro',
      summary: 'The micro engagement cycle of unit pairs, or (analysts) of person pairs',
      description:
        'One-on-one meetings and transactions: count, duration, cadence, recency, tenure, negotiated share, ' +
        'promise-keeping, cycle time, initiation balance and sentiment. Most active pairs first.',
      query: microQuery,
      response: microAnswer,
      need: (query) => (query.level === 'dyad' ? 'dyads' : 'base'),
      view: microView,
    }),
    analyticsRoute(deps, {
      path: '/macro',
      summary: 'The macro grow-and-sustain cycle of every unit pair: series, continuity, growth and stage',
      query: macroQuery,
      response: macroAnswer,
      need: 'base',
      view: macroView,
    }),
  ];
}
