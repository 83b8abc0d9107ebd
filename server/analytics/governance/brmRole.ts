/**
 * BRM role health (seed 001; DOMAIN "The BRM role"): whether a BRM works as an ORDER TAKER, an ACCOUNT MANAGER
 * or a STRATEGIC PARTNER, read from the mix of their engagements with the departments they serve (brmMix.ts):
 *   order taker       — most of it is tickets and requests (transactional share ≥ orderTaker.transactionalShare)
 *                       and the business starts nearly all of it (≥ orderTaker.businessStartedShare): the BRM
 *                       fulfils demand instead of shaping it;
 *   strategic partner — a good part is planning with the business's leaders (strategic share ≥
 *                       strategicPartner.strategicShare) and the BRM's side starts most of it (≥
 *                       strategicPartner.providerStartedShare): they shape demand with the people who set it;
 *   account manager   — everything between: meetings and routing of requests, neither only taking orders nor
 *                       planning with the leaders.
 * Fewer than minEngagements engagements in the window judge nothing ('unknown'): too little to read a role from.
 */
import { z } from 'zod';
import { BRM_ROLE_IDS } from '../../schema/governance.ts';
import { share } from '../statistics.ts';
import type { BrmEngagementMix } from './brmMix.ts';

const fraction = (value: number) => z.number().min(0).max(1).default(value);

export const brmRoleRules = z.object({
  /** Engagements with the served departments needed to judge a role. Default 6 (about two a month in 90 days). */
  minEngagements: z.number().int().min(1).default(6),
  orderTaker: z
    .object({
      /** Share of transactions and support tickets, at least. Default 0.5: most of the contact is requests. */
      transactionalShare: fraction(0.5),
      /** Share started by the business, at least. Default 0.7: the BRM rarely reaches out first. */
      businessStartedShare: fraction(0.7),
    })
    .prefault({}),
  strategicPartner: z
    .object({
      /** Share of meetings with a leader of the department, at least. Default 0.3: planning is a steady part. */
      strategicShare: fraction(0.3),
      /** Share started by the BRM's side, at least. Default 0.5: the BRM brings the agenda. */
      providerStartedShare: fraction(0.5),
    })
    .prefault({}),
});
export type BrmRoleRules = z.infer<typeof brmRoleRules>;
export const DEFAULT_BRM_ROLE_RULES: BrmRoleRules = brmRoleRules.parse({});

export type BrmRole = (typeof BRM_ROLE_IDS)[number];

export const BRM_ROLE_NAMES: Record<BrmRole, string> = {
  orderTaker: 'order taker',
  accountManager: 'account manager',
  strategicPartner: 'strategic partner',
  unknown: 'too little to judge',
};

export interface BrmRoleHealth {
  brm: string;
  departments: string[];
  role: BrmRole;
  shares: {
    transactional: number | null;
    strategic: number | null;
    startedByBusiness: number | null;
    startedByProvider: number | null;
  };
  engagements: number;
  reason: string;
}

export function brmRoleHealth(
  mix: BrmEngagementMix,
  rules: BrmRoleRules = DEFAULT_BRM_ROLE_RULES,
): BrmRoleHealth {
  const n = mix.engagements;
  const shares = {
    transactional: share(mix.transactional, n),
    strategic: share(mix.strategic, n),
    startedByBusiness: share(mix.startedByBusiness, n),
    startedByProvider: share(mix.startedByProvider, n),
  };
  const role = roleOf(shares, n, rules);
  return {
    brm: mix.brm,
    departments: mix.departments,
    role,
    shares,
    engagements: n,
    reason: reasonOf(mix, role, rules),
  };
}

function roleOf(shares: BrmRoleHealth['shares'], n: number, rules: BrmRoleRules): BrmRole {
  if (n < rules.minEngagements) return 'unknown';
  const { orderTaker: o, strategicPartner: s } = rules;
  if (
    (shares.transactional ?? 0) >= o.transactionalShare &&
    (shares.startedByBusiness ?? 0) >= o.businessStartedShare
  )
    return 'orderTaker';
  if (
    (shares.strategic ?? 0) >= s.strategicShare &&
    (shares.startedByProvider ?? 0) >= s.providerStartedShare
  )
    return 'strategicPartner';
  return 'accountManager';
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

function reasonOf(mix: BrmEngagementMix, role: BrmRole, rules: BrmRoleRules): string {
  const n = mix.engagements;
  if (role === 'unknown')
    return `${n} engagement${n === 1 ? '' : 's'} with the departments served in the window; ${rules.minEngagements} are needed to judge.`;
  const facts =
    `of ${n} engagements with the departments served, ${percent(mix.transactional, n)} were tickets or requests, ` +
    `${percent(mix.strategic, n)} planning with their leaders; ${percent(mix.startedByBusiness, n)} started by ` +
    `the business, ${percent(mix.startedByProvider, n)} by the BRM's side`;
  const verdict = {
    orderTaker: 'takes orders: mostly requests the business started',
    strategicPartner: "shapes demand: plans with the business's leaders and brings the agenda",
    accountManager: 'routes requests and meets, without planning with the leaders',
  }[role];
  return `${verdict[0]!.toUpperCase()}${verdict.slice(1)} — ${facts}.`;
}
