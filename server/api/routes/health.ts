/** Liveness, readiness and graph counts. */
import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { sendProblem } from '../problem.ts';

/** What readiness depends on: the database answering and the schema applied. */
export interface Readiness {
  schemaApplied: boolean;
  /** Set while the process shuts down: readiness goes false first. */
  shuttingDown: boolean;
}

export function healthRoutes(deps: { db: Database; readiness: Readiness }): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'alive', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/ready', async (_req, res) => {
    const checks = {
      database: await databaseAnswers(deps.db),
      schema: deps.readiness.schemaApplied,
      shuttingDown: deps.readiness.shuttingDown,
    };
    const ready = checks.database && checks.schema && !checks.shuttingDown;
    if (!ready) res.set('Retry-After', '5');
    res.status(ready ? 200 : 503).json({ ready, checks });
  });
  router.get('/stats', async (_req, res) => {
    const rows = await deps.db.read('meta/stats').catch(() => null);
    if (!rows)
      return sendProblem(res, 'neo4j_unreachable', 'The database did not answer; try again shortly.');
    const [version] = await deps.db.read('meta/dataVersion');
    const pick = (kind: string) =>
      Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.name, r.count]));
    res.json({ nodes: pick('label'), relationships: pick('type'), dataVersion: version?.dataVersion ?? 0 });
  });
  return router;
}

async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.read('meta/dataVersion');
    return true;
  } catch {
    return false;
  }
}
