/**
 * Person-level answers (names, person metrics, person pairs, console rows) carry `Cache-Control: no-store`:
 * no browser cache, proxy or shared disk keeps a copy of data about individuals (SECURITY §16). Decided from
 * the request, before the route runs, so error answers and every writer (JSON, CSV, GraphML, GEXF) get it too.
 */
import type { Request, RequestHandler } from 'express';

/** Routes whose every answer is about people (paths under /api). */
const PERSON_ROUTES = new Set(['/brokers', '/cypher', '/overload', '/brm-roles']);
/** Query levels that mean people: `person` (graph, centrality, exports), `dyad` (micro cycle). */
const PERSON_LEVELS = new Set(['person', 'dyad']);

export function isPersonLevel(req: Request): boolean {
  const { level } = req.query;
  return PERSON_ROUTES.has(req.path) || (typeof level === 'string' && PERSON_LEVELS.has(level));
}

export function noStoreForPeople(): RequestHandler {
  return (req, res, next) => {
    if (isPersonLevel(req)) res.set('Cache-Control', 'no-store');
    next();
  };
}
