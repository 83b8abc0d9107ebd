/**
 * Failures that are not TrellisErrors but have a clear answer: the body parser's (too large, not JSON, a
 * Content-Encoding it does not know or a body that is not what its Content-Encoding says) and the
 * driver's loss of the database. Everything else stays a logged 500.
 */
import type { ErrorCode } from '../errors.ts';

const DATABASE_LOST = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

const UNSUPPORTED_ENCODING = 'Send the body uncompressed, or with Content-Encoding gzip, deflate or br.';

/** zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR) and brotli's (ERR__ERROR_FORMAT_…), as the body parser passes them on. */
function isDecompressionError(code: string | undefined): boolean {
  return code !== undefined && /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(code);
}

export function classifyFailure(error: unknown): { code: ErrorCode; detail: string } | undefined {
  const e = error as { type?: string; status?: number; code?: string } | undefined;
  if (e?.type === 'entity.too.large') {
    return { code: 'payload_too_large', detail: 'The JSON body is larger than this route accepts.' };
  }
  if (e?.type === 'entity.parse.failed') {
    return { code: 'validation_failed', detail: 'The body is not valid JSON.' };
  }
  if (e?.type === 'charset.unsupported') {
    return { code: 'unsupported_media_type', detail: 'Send the body as UTF-8 JSON.' };
  }
  if (e?.type === 'encoding.unsupported') {
    return { code: 'unsupported_media_type', detail: UNSUPPORTED_ENCODING };
  }
  if (e?.status === 400 && isDecompressionError(e.code)) {
    return { code: 'validation_failed', detail: 'The body is not encoded as its Content-Encoding says.' };
  }
  if (e?.type === 'request.aborted' || e?.type === 'request.size.invalid') {
    return { code: 'validation_failed', detail: 'The body did not arrive whole.' };
  }
  if (e?.code && DATABASE_LOST.has(e.code)) {
    return { code: 'database_unavailable', detail: 'The database did not answer; try again shortly.' };
  }
  return undefined;
}
