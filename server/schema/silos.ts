/**
 * GET /api/silos: units ranked from most to least isolated, with every number behind the flag and the rules
 * that fired; the organisation's E-I index against random mixing, its modularity and community agreement; and
 * the single points of failure between units.
 */
import { z } from 'zod';
import { unitKind, unitType } from './graph.ts';
import { networkKind, networkQuery } from './survey.ts';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';

export const silosQuery = z.object({ ...windowQuery, ...networkQuery }).superRefine(refineWindow);

const eiValue = z.object({
  value: z.number().nullable().describe('(E − I) / (E + I) over tie weight; null without ties'),
  external: z.number(),
  internal: z.number(),
  baseline: z.number().nullable().describe('E-I expected under random mixing'),
  vsBaseline: z.number().nullable(),
});

const ruleCheck = z.object({
  rule: z.enum(['ei', 'eiVsBaseline', 'reach', 'inwardMembers', 'providers', 'noBrm']),
  fired: z.boolean(),
  value: z.union([z.number(), z.boolean()]).nullable(),
  threshold: z.union([z.number(), z.boolean()]),
  severity: z.number(),
  reason: z.string(),
});

export const siloUnit = z.object({
  rank: z.number().int(),
  id: z.string(),
  name: z.string(),
  type: unitType,
  kind: unitKind,
  members: z.number().int(),
  flagged: z.boolean(),
  /** Mean severity of the rules (0 open … 1 cut off); null when no member was active in the window. */
  score: z.number().nullable(),
  reason: z.string().nullable().describe('Why the unit is flagged, in words'),
  checks: z.array(ruleCheck),
  ei: eiValue.extend({ clientFacing: eiValue.optional() }),
  reach: z.number().int(),
  reachedUnits: z.array(z.string()),
  shareWithoutExternalTie: z.number().nullable(),
  coverage: z
    .object({
      providersEngaged: z.number().int(),
      providers: z.number().int(),
      notEngaged: z.array(z.string()).describe('Top-level providers not engaged in the window'),
      hasBrm: z.boolean(),
    })
    .optional()
    .describe('Departments only'),
});
export type SiloUnit = z.infer<typeof siloUnit>;

export const separationAnswer = z.object({
  /** Analyst and admin only: the person (or the two people of a tie). */
  people: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  /** The unit of the person (top level), or of both ends of the tie. */
  units: z.array(z.string()),
  groups: z.array(z.object({ units: z.array(z.string()), cutFrom: z.array(z.string()) })),
  unitPairs: z.number().int(),
  peopleCutOff: z.number().int(),
  reason: z.string(),
});

export const silosAnswer = z.object({
  window: windowAnswer,
  /** The ties the silos are found in: engagements (what people do) or survey answers (what they say). */
  network: networkKind,
  organisation: z.object({
    ei: eiValue,
    formalModularity: z.number().nullable().describe('Modularity of the unit partition: high = closed units'),
    communities: z.number().int(),
    communityUnitAgreement: z.number().nullable().describe('NMI of Louvain communities and units'),
  }),
  units: z.array(siloUnit),
  singlePointsOfFailure: z.object({
    people: z.array(separationAnswer),
    ties: z.array(separationAnswer),
    articulationPoints: z.number().int(),
    bridges: z.number().int(),
  }),
  rules: z.record(z.string(), z.unknown()).describe('The isolation thresholds in force'),
  privacy: z.object({ minGroupSize: z.number().int(), suppressedUnits: z.number().int() }),
});
export type SilosAnswer = z.infer<typeof silosAnswer>;
