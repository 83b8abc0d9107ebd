/** Forgetting a person: `DELETE /api/people/{id}` (admin). */
import { z } from 'zod';

export const forgetParams = z.object({
  id: z.string().min(1).max(200).describe('The id of the person to forget'),
});

export const forgetAnswer = z.object({
  forgotten: z.literal(true),
  feedback: z.number().int().describe('Feedback the person gave, removed with them'),
  engagements: z
    .number()
    .int()
    .describe('Engagements that joined fewer than two people once the person was gone'),
  surveyTies: z.number().int().describe('Survey answers the person gave or was named in'),
});
export type ForgetAnswer = z.infer<typeof forgetAnswer>;
