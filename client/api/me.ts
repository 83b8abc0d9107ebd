/**
 * Who the token is (GET /api/me: its role and, when it names one, its person), asked once per API client and
 * shared by everything that adapts to it: the levels and views offered, "My week".
 */
import type { MeAnswer } from '../../server/schema/session.ts';
import type { ApiClient } from './client.ts';

const asked = new WeakMap<ApiClient, Promise<MeAnswer | null>>();

/** The answer, or null when the server cannot say (it still refuses what the token may not see). */
export function meOf(api: ApiClient): Promise<MeAnswer | null> {
  let me = asked.get(api);
  if (!me) {
    me = api.get<MeAnswer>('/me').catch(() => null);
    asked.set(api, me);
  }
  return me;
}
