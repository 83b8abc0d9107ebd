/**
 * Follow-through (issue 12 item 5): an introduction or another action from the digest, marked taken by a BRM or
 * an analyst (POST /api/actions), and what followed (GET /api/actions): the metric it aimed at in the period of
 * equal length before and after it was taken — an observation, not proof that the action caused it.
 */
import { z } from 'zod';

export const ACTION_KINDS = ['introduction', 'action'] as const;
/** What an action can aim at moving: a unit's isolation score, reach or dependence on one broker; a
 * relationship's trust or stage. */
export const ACTION_METRICS = ['isolation', 'reach', 'brokerShare', 'trust', 'stage'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export type ActionMetric = (typeof ACTION_METRICS)[number];
/** Metrics measured on a unit (the first of `units`); the others on the relationship. */
export const UNIT_METRICS: ReadonlySet<ActionMetric> = new Set(['isolation', 'reach', 'brokerShare']);

export const EFFECT_CAVEAT = 'An observation, not proof that the action caused it.';

const id = z.string().regex(/^[^\s,]{1,200}$/, 'an id');

export const actionBody = z
  .strictObject({
    kind: z.enum(ACTION_KINDS),
    metric: z.enum(ACTION_METRICS).describe('What the action aims at moving'),
    units: z
      .array(id)
      .max(20)
      .default([])
      .describe('Units it concerns; the first is the one measured for isolation, reach and brokerShare'),
    relationship: z
      .strictObject({ providerId: id, departmentId: id })
      .optional()
      .describe('The relationship it concerns (needed for trust and stage)'),
    people: z.array(id).max(20).default([]).describe('People it concerns; an introduction: the pair'),
    takenAt: z.iso.date().describe('The day it was taken'),
    note: z.string().trim().max(1000).optional(),
  })
  .superRefine((body, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (body.kind === 'introduction' && (body.people.length !== 2 || body.people[0] === body.people[1]))
      fail('people', 'an introduction names the two people introduced');
    if (UNIT_METRICS.has(body.metric) && body.units.length === 0)
      fail('units', `${body.metric} is measured on a unit: name it first in units`);
    if (!UNIT_METRICS.has(body.metric) && !body.relationship)
      fail('relationship', `${body.metric} is measured on a relationship: give relationship`);
  });
export type ActionBody = z.infer<typeof actionBody>;

export const actionsQuery = z
  .object({
    unit: id.optional().describe('Only actions concerning this unit'),
    providerId: id.optional().describe('With departmentId: only actions concerning this relationship'),
    departmentId: id.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20).describe('Newest first, at most this many'),
  })
  .refine((q) => (q.providerId === undefined) === (q.departmentId === undefined), {
    message: 'give providerId and departmentId together',
    path: ['departmentId'],
  });
export type ActionsQuery = z.infer<typeof actionsQuery>;

const named = z.object({ id: z.string(), name: z.string() });
const span = z.object({ from: z.string(), to: z.string() }).describe('[from, to) as ISO dates');
const value = z.union([z.number(), z.string()]).nullable();

export const actionEffect = z.object({
  status: z
    .enum(['measured', 'tooEarly', 'noData'])
    .describe('tooEarly: fewer than 14 days since it was taken; noData: the subject had no activity'),
  measure: z.string().describe('What was measured, in words'),
  days: z.number().int().describe('Length of each period: up to 90 days after takenAt, the same before'),
  periods: z.object({ before: span, after: span }).nullable(),
  values: z.object({ before: value, after: value }),
  delta: z.number().nullable(),
  direction: z.enum(['better', 'worse', 'unchanged', 'unknown']),
  level: z
    .object({ before: z.number(), after: z.number() })
    .nullable()
    .describe('stage: the relationship’s engagements per 30 days in each period (the period comparison)'),
  text: z.string().describe('The observation in one sentence'),
  caveat: z.string(),
});
export type ActionEffect = z.infer<typeof actionEffect>;

export const actionRecord = z.object({
  id: z.string(),
  kind: z.enum(ACTION_KINDS),
  metric: z.enum(ACTION_METRICS),
  units: z.array(named),
  relationship: z.object({ provider: named, department: named }).nullable(),
  people: z.array(named),
  forgottenPeople: z.number().int().describe('People it concerned who have since been forgotten'),
  takenAt: z.string(),
  takenBy: z.object({ person: named.nullable(), role: z.string() }),
  note: z.string().nullable(),
  effect: actionEffect,
});
export type ActionRecord = z.infer<typeof actionRecord>;

export const actionsAnswer = z.object({
  asOf: z.string().describe('The effects are measured up to this day (the data’s end)'),
  caveat: z.string(),
  actions: z.array(actionRecord),
});
export type ActionsAnswer = z.infer<typeof actionsAnswer>;

export const actionCreated = z.object({ action: actionRecord });
