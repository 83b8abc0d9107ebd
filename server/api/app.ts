/**
 * Builds the Express app without listening (tests drive it in-process; server/main.ts listens). Routes only
 * validate, call one function and shape the answer; errors go to the one problem+json middleware.
 */
import express from 'express';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { healthRoutes, type Readiness } from './routes/health.ts';

export interface AppDeps {
  db: Database;
  log: Logger;
  readiness: Readiness;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', healthRoutes(deps));
  app.use('/api', (_req, res) => sendProblem(res, 'not_found', 'No such endpoint; see /api/openapi.json.'));
  app.use(problemHandler(deps.log));
  return app;
}
