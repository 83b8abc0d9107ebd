/** Liveness, readiness and graph counts; all public (the counts name no one). */
import type { Database } from '../../db/database.ts';
import type { SupervisedState } from '../../db/neo4jSupervisor.ts';
import { readyAnswer, healthAnswer, statsAnswer } from '../../schema/api.ts';
import type { DatabaseHealth } from '../databaseHealth.ts';
import { defineRoute, type RouteDef } from '../route.ts';

/** What readiness depends on besides the database answering. */
export interface Readiness {
  schemaApplied: boolean;
  /** Set while the process shuts down: readiness goes false first. */
  shuttingDown: boolean;
  /** The managed Neo4j's supervisor, when Trellis runs the database itself and restarts it. */
  supervisor?: { state: SupervisedState };
}

/**
 * The database beside the process: a liveness probe keeps seeing 200 while the database restarts (restarting
 * Trellis would not help); when it cannot be restarted, Trellis exits, so the probe sees no answer at all.
 */
function databaseState(deps: { readiness: Readiness; health: DatabaseHealth }) {
  if (deps.readiness.supervisor?.state === 'restarting') return 'restarting' as const;
  return deps.health.up ? ('up' as const) : ('down' as const);
}

export function healthRoutes(deps: {
  db: Database;
  readiness: Readiness;
  health: DatabaseHealth;
}): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      summary: 'Liveness: the process answers; `database` says whether Neo4j is up, down or restarting',
      tags: ['service'],
      access: 'public',
      usesDatabase: false,
      response: healthAnswer,
      handler: () => ({
        status: 'alive' as const,
        uptimeSeconds: Math.round(process.uptime()),
        database: databaseState(deps),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/ready',
      summary: 'Readiness: database up, schema applied, not shutting down (503 otherwise)',
      tags: ['service'],
      access: 'public',
      usesDatabase: false,
      response: readyAnswer,
      handler: ({ res }) => {
        const checks = {
          database: deps.health.up,
          schema: deps.readiness.schemaApplied,
          shuttingDown: deps.readiness.shuttingDown,
        };
        const ready = checks.database && checks.schema && !checks.shuttingDown;
        if (!ready) res.status(503).set('Retry-After', '2');
        return { ready, checks };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/stats',
      summary: 'Node and relationship counts by label and type, and the data version',
      tags: ['service'],
      access: 'public',
      response: statsAnswer,
      handler: async () => {
        const rows = await deps.db.read('meta/stats');
        const [version] = await deps.db.read('meta/dataVersion');
        const pick = (kind: string) =>
          Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.name, r.count]));
        return {
          nodes: pick('label'),
          relationships: pick('type'),
          dataVersion: Number(version?.dataVersion ?? 0),
        };
      },
    }),
  ];
}
