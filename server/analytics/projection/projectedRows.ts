/**
 * The rows the projection hands to the metrics: relationship periods (macro cycle, trust, maturity), feedback
 * tallies and micro dyads, as zod schemas and their types. Apart from the loaders, so the builders and the
 * metrics can name them without importing the loaders that call the builders.
 */
import { z } from 'zod';
import { FEEDBACK_DIMENSIONS } from '../../schema/bundle.ts';

const count = z.number().int().min(0);

export const periodFacts = z.object({
  /** 0 = the newest period, ending at the window end. */
  period: count,
  volume: count,
  /** Distinct people of side a (b) taking part in the period. */
  peopleA: count,
  peopleB: count,
  /** Engagements with three or more participants. */
  manyOnOne: count,
  meeting: count,
  transaction: count,
  support: count,
  community: count,
  initiatedByA: count,
  initiatedByB: count,
  /** Support tickets and transactions started by side a (b): asks, not conversations. */
  reactiveByA: count,
  reactiveByB: count,
  /** Support tickets started by side a (b): routine operations, left out of the conversation measures. */
  supportByA: count,
  supportByB: count,
  negotiated: count,
  negotiatedSupport: count,
  kept: count,
  late: count,
  missed: count,
  sentimentSum: z.number(),
  sentimentCount: count,
  /** Engagements with a leader of each side. */
  leadersBoth: count,
  /** Many-on-one meetings with a leader of each side (joint planning). */
  planning: count,
  durationMin: z.number().min(0),
});
export type PeriodFacts = z.infer<typeof periodFacts>;

export const relationshipHistory = z.object({
  /** Top-level unit ids, a < b. */
  a: z.string(),
  b: z.string(),
  /** First and last engagement of the pair in the history (epoch ms). */
  firstAt: z.number(),
  lastAt: z.number(),
  /** Median days between consecutive engagements over the gap horizon; null with no gap there. */
  medianGapDays: z.number().nullable(),
  /** Active periods only, newest first. */
  periods: z.array(periodFacts),
});
export type RelationshipHistory = z.infer<typeof relationshipHistory>;

export type FeedbackDimension = (typeof FEEDBACK_DIMENSIONS)[number];

export const feedbackTally = z.object({
  dimension: z.enum(FEEDBACK_DIMENSIONS),
  raterUnit: z.string(),
  /** Top-level units rated, sorted: one for a pulse answer, two (provider and department) for maturity. */
  about: z.array(z.string()).min(1),
  period: z.number().int().min(0),
  answers: z.number().int().min(1),
  /** Sum of the scores (1–5). */
  scoreSum: z.number(),
});
export type FeedbackTally = z.infer<typeof feedbackTally>;

export const dyadRow = z.object({
  /** Person ids, a < b. */
  a: z.string(),
  b: z.string(),
  /** Each person's top-level unit. */
  unitA: z.string(),
  unitB: z.string(),
  /** First one-on-one of the pair in the history horizon (epoch ms). */
  firstAt: z.number(),
  /** Engagement times in the window (epoch ms), in no particular order. */
  times: z.array(z.number()),
  count: count,
  durationMin: z.number().min(0),
  negotiated: count,
  initiatedByA: count,
  initiatedByB: count,
  kept: count,
  late: count,
  missed: count,
  /** Open or agreed promises not yet due at the window end: not counted as kept or broken. */
  pending: count,
  /** Days from each engagement to its dated delivery. */
  cycleDays: z.array(z.number()),
  sentimentSum: z.number(),
  sentimentCount: count,
});
export type DyadRow = z.infer<typeof dyadRow>;
