/**
 * The actions a BRM's digest follows up: those concerning the departments they serve, taken before the week's
 * end, newest first, each with what followed up to the week's end — so each later digest shows them again,
 * measured over a longer period after, until the 90 days after are all in.
 */
import type { Database } from '../../db/database.ts';
import type { AnalyticsEngine } from '../engine.ts';
import { effectsOf, type ComputedEffect, type EffectRequest } from './effects.ts';
import { listActions, type StoredAction } from './store.ts';

/** Actions a digest follows up, at most (each costs two windows). */
export const DIGEST_ACTIONS = 5;

export type FollowedAction = StoredAction & { effect: ComputedEffect };

export async function actionsForDigest(
  deps: { analytics: AnalyticsEngine; db: Database },
  departments: string[],
  weekEnd: Date,
  request: EffectRequest,
): Promise<FollowedAction[]> {
  const before = weekEnd.toISOString().slice(0, 10);
  const stored = await listActions(deps.db, { unitIds: departments, before, limit: DIGEST_ACTIONS });
  return effectsOf(deps.analytics, stored, weekEnd, request);
}
