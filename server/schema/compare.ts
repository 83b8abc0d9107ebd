/**
 * Two periods compared (`GET /api/compare`): how the ties, each unit's isolation and the single points of
 * failure moved from the first period to the second, and the most important changes in plain sentences.
 */
import { z } from 'zod';
import { graphLevel, relationshipStage } from './graph.ts';

const day = z.iso.date();

export const compareQuery = z
  .object({
    beforeFrom: day.describe('Start of the first period (inclusive)'),
    beforeTo: day.describe('End of the first period (exclusive)'),
    afterFrom: day.describe('Start of the second period (inclusive)'),
    afterTo: day.describe('End of the second period (exclusive)'),
    level: graphLevel.default('unit').describe('Unit pairs, or person pairs (analyst)'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(5_000)
      .default(500)
      .describe('Pairs answered, largest moves first'),
  })
  .superRefine((value, ctx) => {
    if (value.beforeFrom >= value.beforeTo)
      ctx.addIssue({ code: 'custom', path: ['beforeTo'], message: 'must be after beforeFrom' });
    if (value.afterFrom >= value.afterTo)
      ctx.addIssue({ code: 'custom', path: ['afterTo'], message: 'must be after afterFrom' });
  });
export type CompareQuery = z.infer<typeof compareQuery>;

const period = z.object({ key: z.string(), from: z.string(), to: z.string() });
const change = z.enum(['gained', 'lost', 'stronger', 'weaker', 'steady']);

export const comparedPair = z.object({
  a: z.string(),
  b: z.string(),
  aName: z.string(),
  bName: z.string(),
  change,
  before: z.number().describe('Engagements per 30 days in the first period'),
  after: z.number().describe('Engagements per 30 days in the second period'),
  delta: z.number(),
  relative: z.number().nullable().describe('delta / before; null for a pair new in the second period'),
  engagementsBefore: z.number().int(),
  engagementsAfter: z.number().int(),
  stageBefore: relationshipStage.nullable(),
  stageAfter: relationshipStage.nullable(),
});

export const comparedUnit = z.object({
  id: z.string(),
  name: z.string(),
  isolatedBefore: z.boolean().nullable(),
  isolatedAfter: z.boolean().nullable(),
  eiBefore: z.number().nullable(),
  eiAfter: z.number().nullable(),
  reachBefore: z.number().nullable(),
  reachAfter: z.number().nullable(),
  rankBefore: z.number().int().nullable(),
  rankAfter: z.number().int().nullable(),
});

const failurePoint = z.object({
  person: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  unitPairs: z.number().int(),
});

export const changeLine = z.object({
  kind: z.enum([
    'isolated',
    'reconnected',
    'failureGained',
    'failureLost',
    'gained',
    'lost',
    'stronger',
    'weaker',
  ]),
  text: z.string().describe('The change in one plain sentence'),
  importance: z.number().describe('Ranking weight: larger first'),
  units: z.array(z.string()).describe('The units it concerns (one, or a pair)'),
  person: z.string().optional().describe('The person it concerns (analyst and above)'),
  people: z.array(z.string()).optional().describe('The person pair it concerns (person level)'),
});

export const compareAnswer = z.object({
  level: graphLevel,
  before: period,
  after: period,
  pairs: z.array(comparedPair),
  totals: z.record(change, z.number().int()).describe('Pairs per kind of change, before the limit'),
  truncated: z.boolean(),
  units: z.array(comparedUnit),
  singlePointsOfFailure: z
    .object({ gained: z.array(failurePoint), lost: z.array(failurePoint) })
    .optional()
    .describe('People who alone connect unit pairs (analyst and above)'),
  changes: z.array(changeLine),
  privacy: z.object({ minGroupSize: z.number().int(), suppressedUnits: z.number().int() }),
});
export type CompareAnswer = z.infer<typeof compareAnswer>;
