/**
 * The value rules in one place (issue 12 item 6). When is a planned benefit due? A business case promises a
 * benefit for the first year of an initiative; Trellis reads it as accruing linearly over `accrualMonths`
 * calendar months from `startedAt` — by a quarter of the way through, a quarter of it is due — and counts an
 * initiative in the leakage from its start: before that, nothing of it is due. Realised benefits count up to
 * the window end; the leakage is what was due by then less what was realised (negative: ahead of plan).
 */
import { z } from 'zod';

export const valueRules = z.object({
  /** Calendar months over which an initiative's planned benefit falls due, from its start. Default 12. */
  accrualMonths: z.number().int().min(1).max(120).default(12),
  /**
   * A relationship leaking at least this share of what was due is worth a BRM's attention: the digest lists
   * it. Default 0.25.
   */
  leakingShare: z.number().min(0).max(1).default(0.25),
});
export type ValueRules = z.infer<typeof valueRules>;
export const DEFAULT_VALUE_RULES: ValueRules = valueRules.parse({});
