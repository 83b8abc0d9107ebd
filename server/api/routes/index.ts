/**
 * Every route of the API, in one list: mounted by server/api/app.ts and documented by server/api/openapi.ts.
 * A new endpoint is a defineRoute(...) in a file of server/api/routes/, added to this list.
 */
import type { AppDeps } from '../app.ts';
import { openApiDocument } from '../openapi.ts';
import { defineRoute, type RouteDef } from '../route.ts';
import { z } from 'zod';
import { cypherRoutes } from './cypher.ts';
import { healthRoutes } from './health.ts';

export function apiRoutes(deps: AppDeps): RouteDef[] {
  const routes = [...healthRoutes(deps), ...cypherRoutes(deps)];
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
