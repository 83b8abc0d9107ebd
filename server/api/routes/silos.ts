/**
 * Silos for BRMs: units ranked by isolation with the rules that fired, and the single points of failure; and the
 * people carrying too much of the bridging load (overload) and the BRMs' role health (both analysts).
 */
import { silosAnswer, silosQuery } from '../../schema/silos.ts';
import { silosView } from '../../views/silosView.ts';
import { brmRolesAnswer, brmRolesQuery, overloadAnswer, overloadQuery } from '../../schema/governance.ts';
import { brmRolesView, overloadView } from '../../views/governanceView.ts';
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
    analyticsRoute(deps, {
      path: '/overload',
      summary: 'People carrying too much of the bridging load, each explained',
      description:
        "Betweenness above the window's 95th percentile, outside leadership (role leader), with ties to at " +
        'least four other top-level units; each with the share of shortest paths through them, the units they ' +
        'tie to and their role in words. Person-level: analysts and above.',
      access: 'analyst',
      query: overloadQuery,
      response: overloadAnswer,
      need: 'people',
      view: (analytics) => overloadView(analytics),
    }),
    analyticsRoute(deps, {
      path: '/brm-roles',
      summary: "Each BRM's role health: order taker, account manager or strategic partner",
      description:
        "Read from the mix of each BRM's engagements in the window with someone of the departments they serve " +
        '(BRM_FOR): tickets and requests, meetings a leader of the department attended, who started them; ' +
        'the rule and its thresholds are in the answer. Person-level: analysts and above.',
      access: 'analyst',
      query: brmRolesQuery,
      response: brmRolesAnswer,
      need: 'base',
      view: (analytics) => brmRolesView(analytics),
    }),
  ];
}
