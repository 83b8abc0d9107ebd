/**
 * The signed-in role (GET /api/me), asked once per API client: the map offers the person level only to the
 * roles that may see it, instead of offering it and ending in a 403.
 */
import type { MeAnswer } from '../../server/schema/session.ts';
import type { ApiClient } from '../api/client.ts';

export type Role = MeAnswer['role'];

const asked = new WeakMap<ApiClient, Promise<Role | null>>();

/** The role, or null when the server cannot say (it still refuses what the role may not see). */
export function roleOf(api: ApiClient): Promise<Role | null> {
  let role = asked.get(api);
  if (!role) {
    role = api.get<MeAnswer>('/me').then(
      (me) => me.role,
      () => null,
    );
    asked.set(api, role);
  }
  return role;
}

/** Person-level data names people: analysts and admins only (server/views/privacy.ts). */
export function maySeePeople(role: Role | null): boolean {
  return role !== 'viewer';
}
