/**
 * `GET /api/me`: who the caller's token is, so the explorer offers only what the role may use (a viewer is
 * never offered the person level or the Cypher console, rather than offered them and refused).
 */
import { z } from 'zod';

export const meAnswer = z.object({
  /** The roles of server/auth/roles.ts (the schema layer imports nothing above it). */
  role: z.enum(['viewer', 'analyst', 'admin']),
  /** The token's label, as the admin gave it (e.g. "Leadership team"). */
  label: z.string(),
  /** The person the token speaks for, when it names one (a BRM's "My week"). */
  personId: z.string().optional(),
});
export type MeAnswer = z.infer<typeof meAnswer>;
