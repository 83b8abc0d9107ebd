/** Silos for BRMs: units ranked by isolation with the rules that fired, and the single points of failure. */
import { silosAnswer, silosQuery } from '../../schema/silos.ts';
import { silosView } from '../../views/silosView.ts';
import type { RouteDef } from '../route.ts';
import { analyticsRoute, type AnalyticsDeps } from './analyticsRoute.ts';

export function silosRoutes(deps: AnalyticsDeps): RouteDef[] {
  return [
    analyticsRoute(deps, {
      path: '/silos',
      summary: 'Units ranked from most to least isolated, with every number behind the flag',
      description:
        'Each unit carries its E-I index against random mixing, reach, members without outside ties, provider ' +
        'coverage and BRM, every isolation rule with its threshold and whether it fired. Single points of ' +
        'failure name the people (analyst and above) whose absence disconnects units. Viewers do not see ' +
        'people, nor units below the privacy floor.',
      query: silosQuery,
      response: silosAnswer,
      need: 'network',
      view: (analytics, _query, viewer) => silosView(analytics, viewer),
    }),
  ];
}
