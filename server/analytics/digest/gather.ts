/**
 * What a BRM's digest is made of, gathered without computing anything on the calling thread: the BRM and the
 * departments they serve, the analytics of the window ending with the week and of the one ending a week
 * earlier (computed by the engine's worker threads), the promises that came due in the week and were not kept
 * (Cypher), and the introductions for the served departments that are isolated or hang on one person (the
 * scenario worker). server/views/digest/ turns this into lines.
 */
import type { Database } from '../../db/database.ts';
import { toDateTime, type Row } from '../../db/values.ts';
import { TrellisError } from '../../errors.ts';
import { actionsForDigest, type FollowedAction } from '../actions/digestActions.ts';
import type { AnalyticsEngine, WindowAnalytics } from '../engine.ts';
import type { IntroductionsResult } from '../introductions/index.ts';
import type { ScenarioWorker } from '../whatif/scenarioWorker.ts';
import { digestWeek, type DigestWeek } from './week.ts';

/** Units whose introductions a digest asks for, at most; each gets this many. */
const INTRODUCTION_UNITS = 4;
const INTRODUCTIONS_PER_UNIT = 3;

export interface DigestDeps {
  analytics: AnalyticsEngine;
  db: Database;
  scenarios: ScenarioWorker;
}

export interface DigestRequest {
  brm: string;
  /** First day of the week (ISO date); default: the seven days ending with the newest engagement. */
  week?: string;
  /** The API token asking (windows in flight are bounded per token). */
  token?: string;
  signal?: AbortSignal;
}

export interface DigestInputs {
  brm: { id: string; name: string };
  departments: Array<{ id: string; name: string }>;
  week: DigestWeek;
  current: WindowAnalytics;
  previous: WindowAnalytics;
  promises: Row[];
  introductions: IntroductionsResult[];
  /** Actions marked taken on the departments, with what followed up to the week's end. */
  actions: FollowedAction[];
}

export async function gatherDigest(deps: DigestDeps, request: DigestRequest): Promise<DigestInputs> {
  const { window: latest } = await deps.analytics.resolve('7d');
  const week = digestWeek(request.week, latest.to);
  const { brm, departments } = await brmOf(deps.db, request.brm, week.week.to);
  const ask = { need: 'network' as const, token: request.token, signal: request.signal };
  const [current, previous, promises] = await Promise.all([
    deps.analytics.forWindow(week.current, ask),
    deps.analytics.forWindow(week.previous, ask),
    deps.db.read('views/digestPromises', {
      departmentIds: departments.map((d) => d.id),
      from: toDateTime(week.week.from),
      to: toDateTime(week.week.to),
    }),
  ]);
  const introductions: IntroductionsResult[] = [];
  for (const unit of unitsNeedingIntroductions(current, departments).slice(0, INTRODUCTION_UNITS)) {
    const options = { isolation: current.network.isolation.config, limit: INTRODUCTIONS_PER_UNIT };
    const job = { kind: 'introductions' as const, unit, options };
    introductions.push(await deps.scenarios.run(current, job, request.signal));
  }
  const followed = { token: request.token, signal: request.signal };
  const actions = await actionsForDigest(
    deps,
    departments.map((d) => d.id),
    week.week.to,
    followed,
  );
  return { brm, departments, week, current, previous, promises, introductions, actions };
}

/** The person and the departments they serve by the week's end: 404 unknown (not echoed), 422 not a BRM. */
async function brmOf(db: Database, personId: string, weekEnd: Date) {
  const [row] = await db.read('views/brmDepartments', { personId, to: toDateTime(weekEnd) });
  if (!row) throw new TrellisError('not_found', 'No such person.');
  const departments = row.departments as Array<{ id: string; name: string }>;
  if (departments.length === 0)
    throw new TrellisError(
      'not_a_brm',
      `${String(row.name)} is not a BRM for any department by the end of that week, so there is no digest.`,
    );
  return { brm: { id: String(row.id), name: String(row.name) }, departments };
}

/** Served departments in the window that are flagged isolated or that some one person alone connects. */
function unitsNeedingIntroductions(current: WindowAnalytics, departments: Array<{ id: string }>): string[] {
  const { isolation, cutPoints } = current.network;
  const flagged = new Set(isolation.units.filter((u) => u.flagged).map((u) => u.unit));
  const hanging = new Set(cutPoints.people.flatMap((s) => s.groups.flatMap((g) => g.units)));
  return departments
    .map((d) => d.id)
    .filter((id) => current.graphs.units.hasNode(id) && (flagged.has(id) || hanging.has(id)))
    .sort((a, b) => Number(flagged.has(b)) - Number(flagged.has(a)));
}
