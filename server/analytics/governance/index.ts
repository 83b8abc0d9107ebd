/**
 * Governance and boundaries (issue 12 item 4): the check list of each business–provider relationship
 * (checklist.ts), each BRM's role health from the mix of their engagements (brmMix.ts, brmRole.ts), and the
 * people carrying too much of the bridging load (overload.ts, read from person betweenness, computed apart).
 */
import type { BrmAssignment } from '../graphs.ts';
import type { FeedbackTally } from '../projection/loadRelationshipFeedback.ts';
import type { ServesRelationship } from '../projection/loadServes.ts';
import type { BrmEngagementMix } from './brmMix.ts';
import { brmRoleHealth, DEFAULT_BRM_ROLE_RULES, type BrmRoleHealth, type BrmRoleRules } from './brmRole.ts';
import {
  DEFAULT_GOVERNANCE_RULES,
  relationshipGovernance,
  type GovernanceRules,
  type RelationshipGovernance,
} from './checklist.ts';

export * from './brmMix.ts';
export * from './brmRole.ts';
export * from './checklist.ts';
export * from './overload.ts';

/** The BRM assignments in force at the window's end and each BRM's engagement mix in the window. */
export interface BrmInputs {
  assignments: BrmAssignment[];
  mix: BrmEngagementMix[];
}

export interface GovernanceOptions {
  checklist?: GovernanceRules;
  brmRoles?: BrmRoleRules;
}

export interface GovernanceResult {
  relationships: RelationshipGovernance[];
  brmRoles: BrmRoleHealth[];
  options: { checklist: GovernanceRules; brmRoles: BrmRoleRules };
}

export function governance(
  inputs: { serves: readonly ServesRelationship[]; feedback: readonly FeedbackTally[]; brms?: BrmInputs },
  options: GovernanceOptions = {},
): GovernanceResult {
  const checklist = options.checklist ?? DEFAULT_GOVERNANCE_RULES;
  const brmRoles = options.brmRoles ?? DEFAULT_BRM_ROLE_RULES;
  const assignments = inputs.brms?.assignments ?? [];
  return {
    relationships: relationshipGovernance({ ...inputs, assignments }, checklist),
    brmRoles: (inputs.brms?.mix ?? []).map((mix) => brmRoleHealth(mix, brmRoles)),
    options: { checklist, brmRoles },
  };
}
