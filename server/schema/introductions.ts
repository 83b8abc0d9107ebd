/**
 * GET /api/introductions: for one unit — isolated, or hanging on one person — the person pairs across its
 * boundary whose introduction would most reduce its isolation or give it a second bridge, ranked, each with why
 * it could take and what it would change (README, "Introductions", says how they are ranked).
 */
import { z } from 'zod';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';

export const introductionsQuery = z
  .object({
    ...windowQuery,
    unit: z.string().min(1).max(200).describe('The unit to find introductions for'),
    limit: z.coerce.number().int().min(1).max(50).default(10).describe('Introductions answered'),
  })
  .superRefine(refineWindow);
export type IntroductionsQuery = z.infer<typeof introductionsQuery>;

const unitRef = z.object({ id: z.string(), name: z.string() });
const personRef = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  unit: z.string(),
  unitName: z.string(),
});
const shift = <T extends z.ZodType>(value: T) => z.object({ before: value, after: value });

export const introduction = z.object({
  rank: z.number().int(),
  priority: z.number().describe('effect × (1 + likelihood + ½ · roles)'),
  a: personRef.describe('The member of the unit'),
  b: personRef.describe('The person across the boundary'),
  why: z.object({
    commonContacts: z.object({
      count: z.number().int(),
      adamicAdar: z.number().describe('Σ 1 / log(degree) over the common contacts'),
      people: z.array(personRef).describe('The least connected common contacts, at most three'),
    }),
    weakTie: z
      .object({ weight: z.number(), engagements: z.number().int() })
      .nullable()
      .describe('An existing tie weaker than a typical tie between units'),
    roles: z.array(z.enum(['brmOfUnit', 'brm', 'leadersBothSides'])),
    text: z.string().describe('The reasons in one sentence'),
  }),
  effect: z.object({
    score: z.number().describe('Structural gain: isolation score drop + brokers relieved (shares)'),
    reach: shift(z.number().int()),
    isolationScore: shift(z.number()),
    isolated: shift(z.boolean()),
    providersEngaged: shift(z.number().int()).nullable(),
    brokersRelieved: z
      .array(z.object({ broker: personRef, units: z.array(unitRef), share: z.number() }))
      .describe('People the unit would no longer depend on alone, and for which units'),
  }),
});

export const introductionsAnswer = z.object({
  window: windowAnswer,
  unit: unitRef.extend({ type: z.string() }),
  situation: z.object({
    isolated: z.boolean(),
    score: z.number().nullable(),
    reach: z.number().int().nullable(),
    providersEngaged: z.number().int().nullable().describe('Departments only'),
    brokers: z.array(z.object({ person: personRef, cutFrom: z.array(unitRef) })),
  }),
  typicalTieWeight: z.number(),
  introductions: z.array(introduction),
  method: z.string(),
});
export type IntroductionsAnswer = z.infer<typeof introductionsAnswer>;
