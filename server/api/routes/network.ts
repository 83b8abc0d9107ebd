/** Rankings and groups of the network: centrality, communities, brokers. */
import {
  brokersAnswer,
  brokersQuery,
  centralityAnswer,
  centralityQuery,
  communitiesAnswer,
  communitiesQuery,
} from '../../schema/network.ts';
import { brokersView, centralityView, communitiesView } from '../../views/networkViews.ts';
import type { RouteDef } from '../route.ts';
import type { Need } from '../../analytics/engine.ts';
import { analyticsRoute, type AnalyticsDeps } from './analyticsRoute.ts';

/** What `network` selects: the same metrics, roles and privacy floor over either network. */
const SURVEY_NOTE =
  '`network=survey` answers from the survey answers (who names whom) instead of the engagements, with the ' +
  'same roles and privacy floor; `network` in the answer says which.';

export function networkRoutes(deps: AnalyticsDeps): RouteDef[] {
  return [
    analyticsRoute(deps, {
      path: '/centrality',
      summary: 'People or units ranked by a centrality, with every centrality beside it',
      description:
        'Person level needs the analyst role. `notes` say when a value is sampled and within what bound. ' +
        SURVEY_NOTE,
      query: centralityQuery,
      response: centralityAnswer,
      need: byLevel,
      view: centralityView,
    }),
    analyticsRoute(deps, {
      path: '/communities',
      summary: 'Louvain communities of the person graph, their unit make-up, and how siloed the units are',
      description:
        'Viewers see neither communities nor unit groups smaller than the privacy floor. ' + SURVEY_NOTE,
      query: communitiesQuery,
      response: communitiesAnswer,
      need: 'network',
      view: (analytics, _query, viewer) => communitiesView(analytics, viewer),
    }),
    analyticsRoute(deps, {
      path: '/brokers',
      summary:
        'People ranked by brokerage: Gould–Fernandez roles, constraint, effective size, single points of failure',
      description: SURVEY_NOTE,
      access: 'analyst',
      query: brokersQuery,
      response: brokersAnswer,
      need: 'people',
      view: brokersView,
    }),
  ];
}

/** Units read the network family; people also need person centrality. */
export function byLevel(query: { level: 'unit' | 'person' }): Need {
  return query.level === 'person' ? 'people' : 'network';
}
