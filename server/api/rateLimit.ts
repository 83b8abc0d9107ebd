/**
 * One per-token budget shared by the expensive routes (console, analytics, export): standard RateLimit
 * headers on every answer, 429 problem with Retry-After past the limit. Runs after authentication.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { principalOf } from './access.ts';
import { sendProblem } from './problem.ts';

export function expensiveRouteLimiter(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: 'expensive',
    keyGenerator: (_req, res) => principalOf(res)?.tokenId ?? 'public',
    handler: (_req, res) =>
      sendProblem(res, 'rate_limited', `At most ${perMinute} expensive requests per minute and token.`),
  });
}
