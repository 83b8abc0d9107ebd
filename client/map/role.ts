/**
 * The signed-in role (GET /api/me, asked once: api/me.ts): the map offers the person level only to the
 * roles that may see it, instead of offering it and ending in a 403.
 */
import type { MeAnswer } from '../../server/schema/session.ts';
import type { ApiClient } from '../api/client.ts';
import { meOf } from '../api/me.ts';

export type Role = MeAnswer['role'];

/** The role, or null when the server cannot say (it still refuses what the role may not see). */
export async function roleOf(api: ApiClient): Promise<Role | null> {
  return (await meOf(api))?.role ?? null;
}

/** Person-level data names people: analysts and admins only (server/views/privacy.ts). */
export function maySeePeople(role: Role | null): boolean {
  return role !== 'viewer';
}
