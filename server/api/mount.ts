/**
 * Mounts route definitions on a router, each behind the same chain: access check, per-token rate limit for
 * expensive routes, database availability, validation, then the handler whose answer is sent as JSON.
 */
import express, { type RequestHandler, type Router } from 'express';
import { principalOf, requireAccess } from './access.ts';
import type { TokenStore } from '../auth/tokenStore.ts';
import type { DatabaseHealth } from './databaseHealth.ts';
import { sendProblem } from './problem.ts';
import type { RouteDef } from './route.ts';
import { validateRequest } from './validate.ts';

export interface MountDeps {
  tokens: TokenStore;
  health: DatabaseHealth;
  expensiveLimiter: RequestHandler;
  jsonLimitBytes: number;
}

export function mountRoutes(router: Router, routes: RouteDef[], deps: MountDeps): void {
  for (const route of routes) {
    const chain: RequestHandler[] = [requireAccess(deps.tokens, route.access)];
    if (route.expensive) chain.push(deps.expensiveLimiter);
    if (route.usesDatabase !== false) chain.push(requireDatabase(deps.health));
    if (route.body && !route.streamedBody)
      chain.push(...jsonBody(route.bodyLimitBytes ?? deps.jsonLimitBytes));
    router[route.method](route.path, ...chain, handle(route));
  }
}

function requireDatabase(health: DatabaseHealth): RequestHandler {
  return (_req, res, next) => {
    if (health.up) return next();
    sendProblem(
      res,
      'database_unavailable',
      'The database is not answering; /api/ready says when it is back.',
    );
  };
}

/** 415 for a body that is not JSON, then the JSON parser with this route's limit (413 past it). */
function jsonBody(limit: number): RequestHandler[] {
  const mediaType: RequestHandler = (req, res, next) => {
    if (req.is('json') !== false) return next();
    sendProblem(res, 'unsupported_media_type', 'Send the body as application/json.');
  };
  return [mediaType, express.json({ limit, strict: true })];
}

function handle(route: RouteDef): RequestHandler {
  return async (req, res) => {
    const input = validateRequest(route, req);
    const answer = await route.handler({ ...input, principal: principalOf(res), req, res });
    if (answer === undefined || res.headersSent) return;
    res.json(answer);
  };
}
