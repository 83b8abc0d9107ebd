/**
 * Failures that are not TrellisErrors but have a clear answer: the body parser's (too large, not JSON) and the
 * driver's loss of the database. Everything else stays a logged 500.
 */
import type { ErrorCode } from '../errors.ts';

const DATABASE_LOST = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

export function classifyFailure(error: unknown): { code: ErrorCode; detail: string } | undefined {
  const e = error as { type?: string; status?: number; code?: string } | undefined;
  if (e?.type === 'entity.too.large') {
    return { code: 'payload_too_large', detail: 'The JSON body is larger than this route accepts.' };
  }
  if (e?.type === 'entity.parse.failed') {
    return { code: 'validation_failed', detail: 'The body is not valid JSON.' };
  }
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return { code: 'unsupported_media_type', detail: 'Send the body as UTF-8 JSON.' };
  }
  if (e?.type === 'request.aborted' || e?.type === 'request.size.invalid') {
    return { code: 'validation_failed', detail: 'The body did not arrive whole.' };
  }
  if (e?.code && DATABASE_LOST.has(e.code)) {
    return { code: 'database_unavailable', detail: 'The database did not answer; try again shortly.' };
  }
  return undefined;
}
