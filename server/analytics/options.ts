/**
 * The analytics options that shape the derived graphs (DESIGN §3.1), in one place: κ weighs engagement kinds,
 * the half-life lets recent activity count more (0 = no decay).
 */
import { z } from 'zod';

export const tieOptions = z.object({
  /** Weight of one engagement of each kind. Defaults: meeting 1, transaction 1, support 0.5, community 0.3. */
  kappa: z
    .object({
      meeting: z.number().min(0).default(1),
      transaction: z.number().min(0).default(1),
      support: z.number().min(0).default(0.5),
      community: z.number().min(0).default(0.3),
    })
    .prefault({}),
  /** Days after which an engagement counts half. Default 30; 0 = no decay. */
  halfLifeDays: z.number().min(0).default(30),
});
export type TieOptions = z.infer<typeof tieOptions>;

export const DEFAULT_TIE_OPTIONS: TieOptions = tieOptions.parse({});
