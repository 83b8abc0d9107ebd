/**
 * POST /api/whatif: what if some people or units left? The body names the window and the removal; the answer
 * compares the window without them with the window as it is: unit pairs cut apart, units whose isolation moves,
 * new single points of failure and who would carry the load (analyst and above).
 */
import { z } from 'zod';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';

const id = z.string().min(1).max(200);

export const whatIfBody = z
  .object({
    ...windowQuery,
    remove: z
      .object({
        people: z.array(id).max(500).default([]).describe('Person ids (analyst and above)'),
        units: z.array(id).max(200).default([]).describe('Unit ids: every member leaves, sub-units too'),
      })
      .strict(),
  })
  .strict()
  .superRefine(refineWindow);
export type WhatIfBody = z.infer<typeof whatIfBody>;

const unitRef = z.object({ id: z.string(), name: z.string() });
const personRef = z.object({ id: z.string(), name: z.string(), unit: z.string() });
const shift = <T extends z.ZodType>(value: T) => z.object({ before: value, after: value });

export const whatIfAnswer = z.object({
  window: windowAnswer,
  removed: z.object({
    units: z.array(unitRef).describe('The units named and their sub-units'),
    people: z.array(personRef).optional().describe('Everyone removed (analyst and above)'),
    peopleCount: z.number().int(),
  }),
  disconnected: z
    .array(
      z.object({
        units: z.tuple([z.string(), z.string()]),
        names: z.tuple([z.string(), z.string()]),
        reason: z
          .enum(['noPath', 'noDirectTie'])
          .describe('noPath: no path of ties joins them any more; noDirectTie: every direct tie went'),
        tiesBefore: z.number().int().describe('Person ties between the two units before'),
      }),
    )
    .describe('Unit pairs (top-level units: IT’s desk counts as IT) cut apart by the removal'),
  cutTies: z
    .array(z.object({ units: z.tuple([z.string(), z.string()]) }))
    .describe('Unit ties (sub-units too, as the unit map draws them) that no person tie would hold up'),
  units: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        isolated: shift(z.boolean()),
        ei: shift(z.number().nullable()),
        reach: shift(z.number().int()),
        providersEngaged: shift(z.number().int()).nullable().describe('Departments only'),
        score: shift(z.number()).describe('Isolation score (0 open … 1 cut off)'),
        members: shift(z.number().int()),
      }),
    )
    .describe('Units whose isolation flag, E-I, reach or providers engaged change; flag changes first'),
  singlePointsOfFailure: z
    .array(
      personRef.extend({
        unitPairs: z.number().int(),
        groups: z
          .array(z.object({ units: z.array(z.string()), cutFrom: z.array(z.string()) }))
          .describe('Each of `units` would reach each of `cutFrom` only through this person'),
      }),
    )
    .optional()
    .describe('People who would alone connect some unit pair and do not now (analyst and above)'),
  betweenness: z
    .array(personRef.extend({ before: z.number(), after: z.number(), rise: z.number() }))
    .optional()
    .describe(
      'The ten people whose betweenness rises most: who would carry the load (analyst and above). Values ' +
        'are person pairs whose shortest paths run through them (unnormalised betweenness).',
    ),
  notes: z.array(z.string()),
  privacy: z.object({ minGroupSize: z.number().int(), suppressedUnits: z.number().int() }),
});
export type WhatIfAnswer = z.infer<typeof whatIfAnswer>;
