/**
 * RFC 9457 problem details: every error answer has this one shape, with a stable `type` derived from the
 * error code. No stack traces and no echo of input values.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { ERRORS, TrellisError, type ErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Problem } from '../schema/problem.ts';
import { classifyFailure } from './failures.ts';

/** Seconds a client should wait before retrying, for the codes where waiting helps. */
const RETRY_AFTER: Partial<Record<ErrorCode, string>> = {
  database_unavailable: '2',
  neo4j_unreachable: '2',
  import_finishing: '3',
  shutting_down: '5',
};

export function problemType(code: string): string {
  return `https://trellis.dev/problems/${code.replaceAll('_', '-')}`;
}

export function problemBody(code: ErrorCode, detail?: string, extra: Partial<Problem> = {}): Problem {
  const entry = ERRORS[code];
  return { type: problemType(code), title: entry.title, status: entry.status, code, detail, ...extra };
}

export function sendProblem(
  res: Response,
  code: ErrorCode,
  detail?: string,
  extra: Partial<Problem> = {},
): void {
  const body = problemBody(code, detail, extra);
  const retryAfter = RETRY_AFTER[code];
  if (retryAfter && !res.get('Retry-After')) res.set('Retry-After', retryAfter);
  res.status(body.status).type('application/problem+json').json(body);
}

/** The one error middleware: known errors keep their code, anything else is a 500 without details. */
export function problemHandler(log: Logger, onDatabaseFailure: () => void = () => {}): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof TrellisError) {
      const extra = (error.details ?? {}) as Partial<Problem>;
      return sendProblem(res, error.code, error.message, extra);
    }
    const known = classifyFailure(error);
    if (known) {
      if (known.code === 'database_unavailable') onDatabaseFailure();
      return sendProblem(res, known.code, known.detail);
    }
    logUnhandled(log, error);
    res.status(500).type('application/problem+json').json(INTERNAL_PROBLEM);
  };
}

/** What an error that is neither a TrellisError nor a known failure shows: nothing of itself. */
const INTERNAL_PROBLEM: Problem = {
  type: problemType('internal'),
  title: 'Internal error',
  status: 500,
  code: 'internal',
  detail: 'The error was logged; nothing was changed by this request.',
};

function logUnhandled(log: Logger, error: unknown): void {
  log.error(
    { err: { type: (error as Error)?.name, code: (error as { code?: string })?.code } },
    'unhandled error',
  );
}

/**
 * The problem the middleware would send for an error, for an answer given later (an import job's outcome):
 * the same codes and details, an unknown error logged and shown as internal.
 */
export function problemOf(error: unknown, log: Logger): Problem {
  if (error instanceof TrellisError)
    return problemBody(error.code, error.message, (error.details ?? {}) as Partial<Problem>);
  const known = classifyFailure(error);
  if (known) return problemBody(known.code, known.detail);
  logUnhandled(log, error);
  return INTERNAL_PROBLEM;
}
