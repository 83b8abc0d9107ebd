/**
 * The domain's vocabularies, each stated once (DESIGN §2): unit types and kinds, provider functions, person
 * and participant roles, engagement kinds and outcomes, feedback dimensions, relationship stages. Plain
 * constant arrays, free of zod, so the explorer imports them without bundling a validator; the schemas build
 * their enums from them (`z.enum(UNIT_KINDS)`), the analytics and the explorer take their types from here.
 */

export const UNIT_TYPES = ['department', 'provider'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** A department is `business`; a provider is `internal` or `external`. */
export const UNIT_KINDS = ['business', 'internal', 'external'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const PROVIDER_FUNCTIONS = [
  'IT',
  'HR',
  'Finance',
  'Legal',
  'Facilities',
  'Procurement',
  'Other',
] as const;

export const PERSON_ROLES = ['staff', 'leader', 'brm'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const ENGAGEMENT_KINDS = ['meeting', 'transaction', 'support', 'community'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const OUTCOMES = ['open', 'agreed', 'delivered', 'missed', 'cancelled'] as const;
export const PARTICIPANT_ROLES = ['initiator', 'counterpart', 'attendee'] as const;

export const FEEDBACK_DIMENSIONS = ['trust', 'value', 'communication', 'delivery', 'maturity'] as const;

/** The macro cycle's stages (DESIGN §3.5), in the order a relationship lives them. */
export const RELATIONSHIP_STAGES = ['forming', 'growing', 'sustaining', 'declining', 'dormant'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];
