/**
 * Survey ONA (issue 13 item 4): answers to name-generator questions ("Whom do you go to for advice on …?"),
 * one row per person named. They form a network of their own — what people *say* — which Trellis analyses
 * beside the behavioural network of engagements — what people *do* — and never mixes into it.
 */
import { z } from 'zod';
import { id } from './rowFields.ts';

/** One answer: `personId` named `alterId` in answer to `question` at `at`, with a strength (default 1). */
export const surveyTieRow = z
  .object({
    personId: id,
    alterId: id,
    question: z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
    at: z.iso.datetime({ offset: true, message: 'must be a date-time like 2025-03-31T09:30:00Z' }),
    weight: z.number().positive('must be more than 0').max(1_000, 'must be at most 1000').default(1),
  })
  .superRefine((tie, ctx) => {
    if (tie.personId === tie.alterId)
      ctx.addIssue({ code: 'custom', path: ['alterId'], message: 'a person does not name themselves' });
  });
export type SurveyTieRow = z.infer<typeof surveyTieRow>;

/** Which network an analytics answer describes: engagements (what people do) or survey ties (what they say). */
export const NETWORKS = ['behaviour', 'survey'] as const;
export const networkKind = z.enum(NETWORKS);
export type NetworkKind = z.infer<typeof networkKind>;

/** The query parameter that selects it; the behavioural network unless the caller asks for the survey. */
export const networkQuery = {
  network: networkKind
    .default('behaviour')
    .describe('behaviour: ties from engagements (what people do); survey: named ties (what people say)'),
};
