/** Bearer-token authentication and role checks as Express middleware; answers are problem+json. */
import type { RequestHandler, Response } from 'express';
import { sendProblem } from './problem.ts';
import { roleAllows, type Access, type Principal } from '../auth/roles.ts';
import type { TokenStore } from '../auth/tokenStore.ts';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/;

export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

/** Rejects a request without a known token (401) or with too small a role (403); public routes pass. */
export function requireAccess(tokens: TokenStore, access: Access): RequestHandler {
  return (req, res, next) => {
    if (access === 'public') return next();
    const match = BEARER.exec(req.get('authorization') ?? '');
    const principal = match?.[1] ? tokens.lookup(match[1]) : undefined;
    if (!principal) {
      res.set('WWW-Authenticate', 'Bearer realm="trellis"');
      return sendProblem(res, 'unauthorized', 'Send a valid token as Authorization: Bearer <token>.');
    }
    res.locals.principal = principal;
    if (!roleAllows(principal.role, access)) {
      return sendProblem(res, 'forbidden', `This route needs the ${access} role or higher.`);
    }
    next();
  };
}
