/**
 * Every route of the API, in one list: mounted by server/api/app.ts and documented by server/api/openapi.ts.
 * A new endpoint is a defineRoute(...) (server/api/route.ts) in a file of server/api/routes/, added to this
 * list; a windowed analytics answer is an analyticsRoute(...) (analyticsRoute.ts), e.g. in silos.ts:
 *
 *   analyticsRoute(deps, {
 *     path: '/silos', summary: 'Units ranked from most to least isolated, …',
 *     query: silosQuery, response: silosAnswer,   // server/schema/silos.ts
 *     view: (analytics, _query, viewer) => silosView(analytics, viewer),
 *   })
 *
 * Query values arrive as strings: use z.coerce for numbers and booleans in query schemas.
 */
import type { AppDeps } from '../appDeps.ts';
import { AnswerCache } from '../answerCache.ts';
import { openApiDocument } from '../openapi.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { z } from 'zod';
import { actionRoutes } from './actions.ts';
import { compareRoutes } from './compare.ts';
import { cypherRoutes } from './cypher.ts';
import { digestRoutes } from './digest.ts';
import { erasureRoutes } from './erasure.ts';
import { exportRoutes } from './export.ts';
import { graphRoutes, graphSource } from './graph.ts';
import { healthRoutes } from './health.ts';
import { importRoutes } from './import.ts';
import { meRoutes } from './me.ts';
import { introductionsRoutes } from './introductions.ts';
import { ScenarioWorker } from '../../analytics/whatif/scenarioWorker.ts';
import { whatIfRoutes } from './whatif.ts';
import { networkRoutes } from './network.ts';
import { relationshipRoutes } from './relationships.ts';
import { silosRoutes } from './silos.ts';
import { windowProgressRoutes } from './windowProgress.ts';

export function apiRoutes(deps: AppDeps): RouteDef[] {
  const graph = graphSource(deps);
  const answers = new AnswerCache();
  const scenarios = new ScenarioWorker(); // what-ifs and introductions, off the HTTP thread
  deps.analytics.onNewVersion((dataVersion) => {
    answers.keepOnly(dataVersion);
    void scenarios.keepOnly(dataVersion);
  });
  deps.analytics.onDataChanged(() => void scenarios.keepOnly(null)); // an erasure: drop at once
  const routes = [
    ...healthRoutes(deps),
    ...meRoutes(),
    ...cypherRoutes(deps),
    ...graphRoutes({ ...deps, answers }),
    ...silosRoutes({ ...deps, answers }),
    ...networkRoutes({ ...deps, answers }),
    ...relationshipRoutes({ ...deps, answers }),
    ...compareRoutes({ ...deps, answers }),
    ...whatIfRoutes({ ...deps, answers }, scenarios),
    ...introductionsRoutes({ ...deps, answers }, scenarios),
    ...digestRoutes({ ...deps, answers }, scenarios),
    ...actionRoutes({ ...deps, answers }),
    ...exportRoutes({ graph }),
    ...importRoutes(deps),
    ...erasureRoutes(deps),
    ...windowProgressRoutes(deps),
  ];
  let document: unknown;
  const openapi: RouteDef = defineRoute({
    method: 'get',
    path: '/openapi.json',
    summary: 'This document (OpenAPI 3.1)',
    tags: ['service'],
    access: 'public',
    usesDatabase: false,
    response: z.record(z.string(), z.unknown()),
    handler: () => (document ??= openApiDocument([...routes, openapi], '0.1.0')) as Record<string, unknown>,
  });
  return [...routes, openapi];
}
