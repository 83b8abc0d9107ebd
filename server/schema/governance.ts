/**
 * Governance and boundaries (issue 12 item 4) in the answers: each relationship's check list (stated purpose,
 * accountable BRM, target maturity, feedback from both sides in the last six months) with its gaps in words;
 * GET /api/brm-roles, each BRM's role health (order taker, account manager, strategic partner) from the mix of
 * their engagements; and GET /api/overload, the people carrying too much of the bridging load (both analysts:
 * they name people).
 */
import { z } from 'zod';
import { refineWindow, windowAnswer, windowQuery } from './window.ts';

export const GOVERNANCE_CHECK_IDS = ['purpose', 'brm', 'targetMaturity', 'feedbackBothSides'] as const;

export const governanceChecks = z.object({
  purpose: z.boolean().describe('A stated purpose'),
  brm: z.boolean().describe('An accountable BRM for the department'),
  targetMaturity: z.boolean().describe('A target maturity (1–5)'),
  feedbackBothSides: z.boolean().describe('Feedback from both sides in the last six months'),
  gaps: z
    .array(z.object({ check: z.enum(GOVERNANCE_CHECK_IDS), reason: z.string() }))
    .describe('The checks that fail, each with its reason in words'),
});
export type GovernanceChecks = z.infer<typeof governanceChecks>;

export const BRM_ROLE_IDS = ['orderTaker', 'accountManager', 'strategicPartner', 'unknown'] as const;

const maybeShare = z.number().nullable();

export const brmRoleHealth = z.object({
  id: z.string(),
  name: z.string(),
  departments: z.array(z.string()),
  role: z.enum(BRM_ROLE_IDS),
  /** The role in words: order taker, account manager, strategic partner, too little to judge. */
  roleName: z.string(),
  engagements: z.number().int().describe('Engagements with the departments served, in the window'),
  shares: z.object({
    transactional: maybeShare.describe('Transactions and support tickets'),
    strategic: maybeShare.describe('Meetings a leader of the department attended'),
    startedByBusiness: maybeShare,
    startedByProvider: maybeShare.describe("Started by the BRM or a colleague of the BRM's provider"),
  }),
  reason: z.string(),
});
export type BrmRoleHealthRow = z.infer<typeof brmRoleHealth>;

export const brmRolesQuery = z.object({ ...windowQuery }).superRefine(refineWindow);

export const brmRolesAnswer = z.object({
  window: windowAnswer,
  rule: z.string().describe('The classification rule with its thresholds, in words'),
  brms: z.array(brmRoleHealth),
});
export type BrmRolesAnswer = z.infer<typeof brmRolesAnswer>;

export const overloadQuery = z.object({ ...windowQuery }).superRefine(refineWindow);

export const overloadAnswer = z.object({
  window: windowAnswer,
  rule: z.object({
    percentile: z.number(),
    threshold: z.number().describe("The window's betweenness at the percentile: above it counts"),
    minUnits: z.number().int(),
    says: z.string(),
  }),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string(),
      unit: z.string(),
      unitName: z.string(),
      betweenness: z.number().describe('Share of the shortest paths between people through them'),
      units: z.array(z.object({ id: z.string(), name: z.string() })),
      reason: z.string(),
    }),
  ),
});
export type OverloadAnswer = z.infer<typeof overloadAnswer>;
