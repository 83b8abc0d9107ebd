/**
 * Whom the token speaks for (GET /api/me's personId), asked once per API client: "My week" is offered only to
 * a token that names its person (`npm run token -- --person p-0012`).
 */
import type { MeAnswer } from '../../server/schema/session.ts';
import type { ApiClient } from '../api/client.ts';

const asked = new WeakMap<ApiClient, Promise<string | null>>();

/** The person's id, or null (no person, or the server cannot say). */
export function personOf(api: ApiClient): Promise<string | null> {
  let person = asked.get(api);
  if (!person) {
    person = api.get<MeAnswer>('/me').then(
      (me) => me.personId ?? null,
      () => null,
    );
    asked.set(api, person);
  }
  return person;
}
