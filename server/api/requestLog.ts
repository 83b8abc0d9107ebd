/**
 * One log line per request: method, route pattern (never the raw URL, whose query string may hold names),
 * status, duration, the caller's token id and, for the console, the query's hash. Never text or parameters.
 */
import type { RequestHandler } from 'express';
import type { Principal } from '../auth/roles.ts';
import type { Logger } from '../log.ts';

export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const principal = res.locals.principal as Principal | undefined;
      const route = (req.route as { path?: string } | undefined)?.path;
      log.info(
        {
          method: req.method,
          route: route ? `${req.baseUrl}${route}` : 'unmatched',
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          tokenId: principal?.tokenId,
          queryHash: res.locals.queryHash as string | undefined,
        },
        'request',
      );
    });
    next();
  };
}
