/**
 * How trust weighs its evidence (DESIGN §3.6), in one place. All evidence enters one Beta model as positive (r)
 * and negative (s) amounts, each decayed by its age with half-life h (Jøsang & Ismail's forgetting factor):
 * - a promise kept on time adds 1 to r; a late one lateWeight to s, a missed one missedWeight to s;
 * - an engagement's sentiment σ ∈ [−1, 1] adds sentimentWeight · (1 + σ)/2 to r and sentimentWeight · (1 − σ)/2
 *   to s: a mood, weaker evidence than a promise;
 * - a survey answer of score q ∈ 1…5 adds feedbackWeight · (q − 1)/4 to r and feedbackWeight · (5 − q)/4 to s:
 *   a considered judgement, stronger than one promise.
 * Defaults: halfLifeDays 180, lateWeight 1, missedWeight 1, sentimentWeight 0.25, feedbackWeight 2,
 * feedbackDimensions ['trust'].
 */
import { z } from 'zod';
import { FEEDBACK_DIMENSIONS } from '../../schema/domain.ts';

export const trustOptions = z.object({
  halfLifeDays: z.number().min(0).default(180),
  lateWeight: z.number().min(0).default(1),
  missedWeight: z.number().min(0).default(1),
  sentimentWeight: z.number().min(0).default(0.25),
  feedbackWeight: z.number().min(0).default(2),
  feedbackDimensions: z.array(z.enum(FEEDBACK_DIMENSIONS)).default(['trust']),
});
export type TrustOptions = z.infer<typeof trustOptions>;

export const DEFAULT_TRUST_OPTIONS: TrustOptions = trustOptions.parse({});
