/** The three roles, each including the ones below it: viewer < analyst < admin. */
import { z } from 'zod';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who may call a route: everyone, or a token with at least this role. */
export type Access = 'public' | Role;

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The caller of a request, once its token is known. */
export interface Principal {
  role: Role;
  label: string;
  /** A short, non-reversible id of the token for logs and rate limits. */
  tokenId: string;
  /** The person the token speaks for (`npm run token -- --person p-0012`), e.g. a BRM asking for their week. */
  personId?: string;
}
