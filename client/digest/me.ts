/**
 * Whom the token speaks for (GET /api/me's personId): "My week" is offered only to a token that names its
 * person (`npm run token -- --person p-0012`).
 */
import { meOf } from '../api/me.ts';
import type { ApiClient } from '../api/client.ts';

/** The person's id, or null (no person, or the server cannot say). */
export async function personOf(api: ApiClient): Promise<string | null> {
  return (await meOf(api))?.personId ?? null;
}
