/**
 * The Business Relationship Maturity Model's levels (DESIGN §3.6; BRM Institute) and the rules that indicate a
 * level from behaviour, with their thresholds, in one place. A level is indicated when every indicator of it and
 * of every level below holds (a ladder: a trusted advisor is also a dependable service provider). Indicators
 * read the relationship's behaviour over the last behaviourPeriods periods (half a year by default, or the window if
 * longer), business side vs provider side; β, the meeting and the negotiated share leave support tickets out
 * (see indicated.ts), the reactive share counts them:
 *   2 order taker       — regular: engaged in most periods of the window (less is ad hoc, level 1);
 *   3 service provider  — dependable: promise trust high; not one-way: |β| below oneWayBeta (β near ±1 is the
 *                         order-taker flow); not reactive: support tickets and transactions asked by the business
 *                         are not most of it; negotiated: outcomes are agreed, not just taken;
 *   4 trusted advisor   — balanced initiation; trusted (trust from promises, sentiment and surveys); consulted:
 *                         meetings, not tickets; shapes demand: many negotiated outcomes;
 *   5 strategic partner — joint planning: many-on-one meetings with leaders of both sides in most periods; high
 *                         trust; sustained: active every period and neither declining nor dormant.
 * Fewer than minEngagements engagements in that span indicate no level at all (null): no behaviour to read.
 */
import { z } from 'zod';

export const MATURITY_LEVELS = {
  1: 'ad hoc',
  2: 'order taker',
  3: 'service provider',
  4: 'trusted advisor',
  5: 'strategic partner',
} as const;
export type MaturityLevel = keyof typeof MATURITY_LEVELS;

export const maturityRules = z.object({
  /** Periods of behaviour read (at least the window): maturity moves over quarters, not weeks. Default 6. */
  behaviourPeriods: z.number().int().min(1).default(6),
  minEngagements: z.number().int().min(1).default(12),
  /** Level 2: share of the window's periods with engagements. */
  regularShare: z
    .number()
    .min(0)
    .max(1)
    .default(2 / 3),
  /** Level 3: promise trust (Beta mean of kept vs late or missed) at least. */
  dependableTrust: z.number().min(0).max(1).default(0.6),
  /** Level 3: |β| below this. */
  oneWayBeta: z.number().min(0).max(1).default(0.8),
  /** Level 3: share of engagements that are support or transactions started by the business, at most. */
  maxReactiveShare: z.number().min(0).max(1).default(0.6),
  /** Level 3: negotiated share at least. */
  minNegotiatedShare: z.number().min(0).max(1).default(0.25),
  /** Level 4: |β| at most. */
  balancedBeta: z.number().min(0).max(1).default(0.5),
  /** Level 4: relationship trust at least. */
  advisorTrust: z.number().min(0).max(1).default(0.65),
  /** Level 4: meeting share at least. */
  minMeetingShare: z.number().min(0).max(1).default(0.4),
  /** Level 4: negotiated share at least. */
  shapingNegotiatedShare: z.number().min(0).max(1).default(0.4),
  /** Level 5: share of the window's periods with a joint planning meeting. */
  planningShare: z
    .number()
    .min(0)
    .max(1)
    .default(2 / 3),
  /** Level 5: relationship trust at least. */
  partnerTrust: z.number().min(0).max(1).default(0.75),
  /** Assessed level: survey answers from the last this many periods. Default 12 (a year). */
  assessmentPeriods: z.number().int().min(1).default(12),
});
export type MaturityRules = z.infer<typeof maturityRules>;
export const DEFAULT_MATURITY_RULES: MaturityRules = maturityRules.parse({});

/** The behaviour an indicator reads (see indicated.ts). */
export type Measure =
  | 'regularity'
  | 'promiseTrust'
  | 'absBeta'
  | 'reactiveShare'
  | 'negotiatedShare'
  | 'trust'
  | 'meetingShare'
  | 'planningShare'
  | 'sustained';

export interface Indicator {
  id: string;
  level: 2 | 3 | 4 | 5;
  says: string;
  measure: Measure;
  /** The measure must be at least ('min') or at most ('max') the threshold. */
  bound: 'min' | 'max';
  threshold: keyof MaturityRules | 1;
}

export const MATURITY_INDICATORS: readonly Indicator[] = [
  {
    id: 'regular',
    level: 2,
    says: 'engaged in most periods',
    measure: 'regularity',
    bound: 'min',
    threshold: 'regularShare',
  },
  {
    id: 'dependable',
    level: 3,
    says: 'keeps its promises',
    measure: 'promiseTrust',
    bound: 'min',
    threshold: 'dependableTrust',
  },
  {
    id: 'notOneWay',
    level: 3,
    says: 'both sides start engagements',
    measure: 'absBeta',
    bound: 'max',
    threshold: 'oneWayBeta',
  },
  {
    id: 'notReactive',
    level: 3,
    says: 'not mostly tickets and transactions asked by the business',
    measure: 'reactiveShare',
    bound: 'max',
    threshold: 'maxReactiveShare',
  },
  {
    id: 'negotiated',
    level: 3,
    says: 'outcomes are negotiated',
    measure: 'negotiatedShare',
    bound: 'min',
    threshold: 'minNegotiatedShare',
  },
  {
    id: 'balanced',
    level: 4,
    says: 'initiation balanced',
    measure: 'absBeta',
    bound: 'max',
    threshold: 'balancedBeta',
  },
  { id: 'trusted', level: 4, says: 'trusted', measure: 'trust', bound: 'min', threshold: 'advisorTrust' },
  {
    id: 'consulted',
    level: 4,
    says: 'consulted in meetings',
    measure: 'meetingShare',
    bound: 'min',
    threshold: 'minMeetingShare',
  },
  {
    id: 'shapesDemand',
    level: 4,
    says: 'shapes demand through negotiated outcomes',
    measure: 'negotiatedShare',
    bound: 'min',
    threshold: 'shapingNegotiatedShare',
  },
  {
    id: 'jointPlanning',
    level: 5,
    says: 'plans jointly with leaders of both sides',
    measure: 'planningShare',
    bound: 'min',
    threshold: 'planningShare',
  },
  {
    id: 'highTrust',
    level: 5,
    says: 'highly trusted',
    measure: 'trust',
    bound: 'min',
    threshold: 'partnerTrust',
  },
  {
    id: 'sustained',
    level: 5,
    says: 'active every period, not declining',
    measure: 'sustained',
    bound: 'min',
    threshold: 1,
  },
];
