/**
 * Value (issue 12 item 6; seeds 001 and 003: a BRM goes back to the business case to check that the promised
 * benefits were realised). Two import sections — `initiatives`, what a provider set out to deliver for a
 * department and the benefit it planned, and `benefits`, what was realised when — and the value of each
 * business–provider relationship in the relationships answer: planned against realised, and the leakage.
 */
import { z } from 'zod';
import { id, isoDate } from './rowFields.ts';

/** An initiative of a business–provider relationship: the provider must serve the department. */
export const initiativeRow = z.object({
  id,
  providerId: id,
  departmentId: id,
  name: z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
  /** From this day the planned benefit falls due (server/analytics/value/accrual.ts). */
  startedAt: isoDate,
  plannedBenefit: z.number().positive('must be more than 0').max(1e12, 'must be at most 1000000000000'),
  /** What the benefit is counted in: a currency code (EUR, USD, GBP) or a unit such as hours. */
  unit: z
    .string()
    .min(1, 'must not be empty')
    .max(40, 'must be at most 40 characters')
    .regex(/^[\p{L}\p{Sc} %.-]+$/u, 'must be a currency code or a unit such as hours'),
});
export type InitiativeRow = z.infer<typeof initiativeRow>;

/** A benefit realised by an initiative on a day (one figure per initiative and day; a later import updates it). */
export const benefitRow = z.object({
  initiativeId: id,
  at: isoDate,
  realised: z.number().min(0, 'must be 0 or more').max(1e12, 'must be at most 1000000000000'),
});
export type BenefitRow = z.infer<typeof benefitRow>;

/** One benefit unit's sums over the relationship's initiatives whose benefit has started to fall due. */
export const valueAmounts = z.object({
  unit: z.string(),
  planned: z.number().describe('Planned benefit of the initiatives counted'),
  due: z.number().describe('The part of it due by the window end (linear accrual)'),
  realised: z.number().describe('Realised before the window end'),
  leakage: z.number().describe('due − realised (negative: ahead of plan)'),
  share: z.number().describe('leakage / due'),
});

export const relationshipValue = z.object({
  initiatives: z.number().int().describe('Initiatives of the relationship'),
  counted: z
    .number()
    .int()
    .describe('Of them, those whose benefit had started to fall due by the window end'),
  amounts: z.array(valueAmounts).describe('Per benefit unit, the largest planned first'),
  share: z
    .number()
    .nullable()
    .describe('Leakage as a share of what was due, over every unit (null: nothing due yet)'),
  worst: z
    .object({ id: z.string(), name: z.string(), share: z.number() })
    .nullable()
    .describe('The counted initiative leaking the largest share'),
  text: z.string().describe('In words, e.g. "€120k planned, €90k due, €45k realised — 50 % leaking"'),
});
export type RelationshipValueAnswer = z.infer<typeof relationshipValue>;
