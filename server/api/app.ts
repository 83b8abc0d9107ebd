/**
 * Builds the Express app without listening (tests drive it in-process; server/main.ts listens). Every route
 * comes from the route definitions (server/api/routes/index.ts); errors go to the one problem+json middleware.
 */
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppDeps } from './appDeps.ts';
import { mountRoutes } from './mount.ts';
import { noStoreForPeople } from './noStore.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { expensiveRouteLimiter } from './rateLimit.ts';
import { requestLog } from './requestLog.ts';
import { serveExplorer } from './static.ts';
import { apiRoutes } from './routes/index.ts';
import type { Readiness } from './routes/health.ts';

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(requestLog(deps.log));
  app.use(refuseWhileShuttingDown(deps.readiness));
  const api = express.Router();
  api.use(noStoreForPeople());
  const expensiveLimiter = expensiveRouteLimiter(deps.rateLimitPerMinute);
  mountRoutes(api, apiRoutes(deps), {
    tokens: deps.tokens,
    health: deps.health,
    expensiveLimiter,
    jsonLimitBytes: deps.jsonLimitBytes,
  });
  app.use('/api', api);
  app.use('/api', (_req, res) => sendProblem(res, 'not_found', 'No such endpoint; see /api/openapi.json.'));
  if (deps.explorerDir) app.use(serveExplorer(deps.explorerDir));
  app.use(problemHandler(deps.log, () => deps.health.markDown()));
  return app;
}

/** helmet's defaults plus a CSP for a same-origin single-page app (no inline script, no framing). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
      },
    },
  });
}

/** While shutting down, new requests (other than health and readiness) get 503 with Retry-After. */
function refuseWhileShuttingDown(readiness: Readiness): RequestHandler {
  return (req, res, next) => {
    if (!readiness.shuttingDown || /^\/api\/(health|ready)$/.test(req.path)) return next();
    res.set('Connection', 'close');
    sendProblem(res, 'shutting_down', 'The service is stopping; retry shortly.');
  };
}
