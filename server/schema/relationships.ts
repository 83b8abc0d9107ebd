/**
 * The relationships of the org: GET /api/relationships (the BRM dashboard: every business–provider
 * relationship with purpose, maturity, target, gap, trust, stage and value), its micro-cycle timeline, and the micro
 * and macro cycles of any unit pair or (analysts) person pair.
 */
import { z } from 'zod';
import { ENGAGEMENT_KINDS, OUTCOMES } from './domain.ts';
import { governanceChecks } from './governance.ts';
import { relationshipStage } from './graph.ts';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';
import { relationshipValue } from './value.ts';

const id = z.string().min(1).max(200);
const page = {
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
};

export const relationshipsQuery = z
  .object({
    ...windowQuery,
    unit: id.optional().describe('Only relationships of this provider or department'),
  })
  .superRefine(refineWindow);

const stage = z.object({
  stage: relationshipStage,
  rule: z.string(),
  because: z.string().describe('The rule that fired, with its numbers'),
  caveats: z.array(z.string()),
});

export const seriesPoint = z.object({
  from: z.string(),
  to: z.string(),
  volume: z.number().int(),
  breadthA: z.number().int(),
  breadthB: z.number().int(),
  breadth: z.number().int(),
  manyOnOneShare: z.number().nullable(),
  multiplexity: z.number().int(),
});

const indicator = z.object({
  id: z.string(),
  level: z.number().int(),
  says: z.string(),
  value: z.number().nullable(),
  threshold: z.number(),
  holds: z.boolean(),
});

const side = z.object({ mean: z.number().nullable(), answers: z.number().int() });

export const relationshipRow = z.object({
  providerId: z.string(),
  providerName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  purpose: z.string(),
  target: z.number().int(),
  maturity: z.object({
    assessed: z.object({
      level: z.number().int().nullable(),
      mean: z.number().nullable(),
      business: side,
      provider: side,
    }),
    indicated: z.object({
      level: z.number().int().nullable(),
      label: z.string().nullable(),
      score: z.number().nullable(),
      reason: z.string(),
      holdingBack: z.array(indicator).describe('The failing indicators of the next level up'),
    }),
    gaps: z.object({
      targetVsAssessed: z.number().nullable(),
      businessVsProvider: z.number().nullable(),
      assessedVsIndicated: z.number().nullable(),
      targetVsIndicated: z.number().nullable(),
    }),
  }),
  trust: z
    .object({
      value: z.number().describe('Beta reputation E = (r + 1) / (r + s + 2)'),
      evidence: z.number().describe('r + s, decayed'),
      promiseTrust: z.number(),
      promises: z.object({ kept: z.number(), late: z.number(), missed: z.number() }),
    })
    .nullable(),
  stage: stage.nullable(),
  /** β of the window: (business-initiated − provider-initiated) / both. */
  initiationBalance: z.number().nullable(),
  /** Oldest period first; A = the department (business) side, B = the provider side. */
  series: z.array(seriesPoint),
  /** Planned against realised benefit of its initiatives as of the window end; null without initiatives. */
  value: relationshipValue.nullable(),
  /** The governance check list and its gaps (issue 12 item 4). */
  governance: governanceChecks.optional(),
});
export type RelationshipRow = z.infer<typeof relationshipRow>;

const span = z.object({ from: z.string(), to: z.string(), periods: z.number().int() });

export const relationshipsAnswer = z.object({
  window: windowAnswer,
  /** Which period each number covers, so the explorer can say it beside the number. */
  spans: z.object({
    window: span.describe('initiation balance and the timeline'),
    history: span.describe('trust, maturity and the series: the periods read back from the window end'),
    stage: span.describe('the trend spans the stage is judged on, ending at the window end'),
  }),
  relationships: z.array(relationshipRow),
  privacy: z.object({ minGroupSize: z.number().int(), suppressedRelationships: z.number().int() }),
});

export const timelineQuery = z
  .object({ ...windowQuery, providerId: id, departmentId: id })
  .superRefine(refineWindow);

export const timelineAnswer = z.object({
  window: windowAnswer,
  providerId: z.string(),
  departmentId: z.string(),
  engagements: z.array(
    z.object({
      at: z.string(),
      kind: z.enum(ENGAGEMENT_KINDS),
      participants: z.number().int(),
      initiatedBy: z.enum(['provider', 'department', 'other']),
      negotiated: z.boolean(),
      outcome: z.enum(OUTCOMES),
      promisedBy: z.string().nullable(),
      deliveredAt: z.string().nullable(),
      promise: z
        .enum(['kept', 'late', 'missed', 'pending'])
        .nullable()
        .describe('Negotiated engagements only'),
      sentiment: z.number().nullable(),
    }),
  ),
});

export const microQuery = z
  .object({
    ...windowQuery,
    level: z
      .enum(['dyad', 'unitPair'])
      .default('unitPair')
      .describe('dyad (person pairs) needs the analyst role'),
    unit: id.optional().describe('Only pairs with this unit on one side'),
    ...page,
  })
  .superRefine(refineWindow);

const microSummary = z.object({
  count: z.number().int(),
  durationMin: z.number(),
  cadence: z.object({ medianGapDays: z.number().nullable(), gapCv: z.number().nullable() }),
  recencyDays: z.number(),
  tenureDays: z.number(),
  negotiated: z.object({ count: z.number().int(), share: z.number() }),
  promises: z.object({
    kept: z.number(),
    late: z.number(),
    missed: z.number(),
    pending: z.number(),
    onTimeShare: z.number().nullable(),
  }),
  cycleTime: z.object({ medianDays: z.number().nullable(), deliveries: z.number().int() }),
  initiation: z.object({ byA: z.number().int(), byB: z.number().int(), beta: z.number().nullable() }),
  sentiment: z.object({ mean: z.number().nullable(), count: z.number().int() }),
});

export const microAnswer = z.object({
  window: windowAnswer,
  level: z.enum(['dyad', 'unitPair']),
  pairs: z.array(
    microSummary.extend({
      a: z.string(),
      b: z.string(),
      unitA: z.string(),
      unitB: z.string(),
      dyads: z.number().int().optional(),
    }),
  ),
  page: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }),
});

export const macroQuery = z
  .object({ ...windowQuery, unit: id.optional().describe('Only pairs with this unit on one side'), ...page })
  .superRefine(refineWindow);

export const macroAnswer = z.object({
  window: windowAnswer,
  relationships: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      stage,
      continuity: z.object({ share: z.number(), active: z.number().int(), periods: z.number().int() }),
      growth: z
        .object({ volumeRelative: z.number().nullable(), breadthRelative: z.number().nullable() })
        .nullable()
        .describe('Relative slopes per period at the window end'),
      initiationBalance: z.number().nullable(),
      series: z.array(seriesPoint),
    }),
  ),
  page: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }),
});
