/**
 * The import format: one zod schema per row kind. The JSON bundle holds one array per kind; the CSV folder
 * holds one file per kind (see CSV_FILES). These schemas validate imports, type the seed generator's output
 * and document the format in the README and the OpenAPI document.
 */
import { z } from 'zod';
import {
  ENGAGEMENT_KINDS,
  FEEDBACK_DIMENSIONS,
  OUTCOMES,
  PARTICIPANT_ROLES,
  PERSON_ROLES,
  PROVIDER_FUNCTIONS,
  UNIT_KINDS,
  UNIT_TYPES,
} from './domain.ts';
import { surveyTieRow, type SurveyTieRow } from './survey.ts';
import { benefitRow, initiativeRow, type BenefitRow, type InitiativeRow } from './value.ts';
import { id, isoDate } from './rowFields.ts';

const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be a date-time like 2025-03-31T09:30:00Z',
});
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/** The projection reads these two from here. */
export { ENGAGEMENT_KINDS, FEEDBACK_DIMENSIONS };

export const unitRow = z
  .object({
    id,
    name: text(200).min(1, 'must not be empty'),
    type: z.enum(UNIT_TYPES),
    kind: z.enum(UNIT_KINDS),
    function: z.enum(PROVIDER_FUNCTIONS).optional(),
    parentId: id.optional(),
  })
  .superRefine((unit, ctx) => {
    if (unit.type === 'department' && unit.kind !== 'business') {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a department has kind business' });
    }
    if (unit.type === 'provider' && unit.kind === 'business') {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a provider has kind internal or external' });
    }
    if (unit.type === 'provider' && !unit.function) {
      ctx.addIssue({ code: 'custom', path: ['function'], message: 'a provider names its function' });
    }
  });

export const personRow = z.object({
  id,
  name: text(200).min(1, 'must not be empty'),
  title: text(200).default(''),
  role: z.enum(PERSON_ROLES),
  active: z.boolean().default(true),
  managerId: id.optional(),
  /** The key by which calendars and mapped CSV exports find a person; unique regardless of case. */
  email: z.email({ message: 'must be an e-mail address like ana@example.com' }).max(254).optional(),
  /** Created by an import from an outside address whose domain maps to a provider (see domainRow). */
  foundByDomain: z.boolean().optional(),
});

export const membershipRow = z.object({ personId: id, unitId: id, since: isoDate });

export const brmAssignmentRow = z.object({ personId: id, departmentId: id, since: isoDate });

export const servesRow = z.object({
  providerId: id,
  departmentId: id,
  purpose: text(500).min(1, 'must state the purpose of the relationship'),
  since: isoDate,
  targetMaturity: z.number().int().min(1).max(5),
});

/** An outside e-mail domain and the provider whose people write from it (`acme.com` → the vendor Acme). */
export const domainRow = z.object({
  domain: z
    .string()
    .max(253, 'must be at most 253 characters')
    .transform((domain) => domain.toLowerCase())
    .pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a domain like acme.com')),
  unitId: id,
});

export const engagementRow = z.object({
  id,
  kind: z.enum(ENGAGEMENT_KINDS),
  at: isoDateTime,
  durationMin: z.number().min(0).max(100_000),
  topic: text(300).default(''),
  negotiated: z.boolean(),
  promisedBy: isoDateTime.optional(),
  deliveredAt: isoDateTime.optional(),
  outcome: z.enum(OUTCOMES),
  sentiment: z.number().min(-1).max(1).optional(),
  value: z.number().min(0).optional(),
});

export const participantRow = z.object({
  engagementId: id,
  personId: id,
  role: z.enum(PARTICIPANT_ROLES),
});

export const feedbackRow = z.object({
  id,
  personId: id,
  about: z.array(id).min(1, 'names at least one unit').max(2, 'names at most two units'),
  at: isoDateTime,
  score: z.number().int().min(1).max(5),
  dimension: z.enum(FEEDBACK_DIMENSIONS),
  comment: text(2000).default(''),
});

/** Every row kind of a bundle, in the order they are written (referenced rows first). */
export const ROW_SCHEMAS = {
  units: unitRow,
  people: personRow,
  memberships: membershipRow,
  brmAssignments: brmAssignmentRow,
  serves: servesRow,
  domains: domainRow,
  engagements: engagementRow,
  participants: participantRow,
  feedback: feedbackRow,
  surveyTies: surveyTieRow,
  initiatives: initiativeRow,
  benefits: benefitRow,
} as const;

export type Section = keyof typeof ROW_SCHEMAS;
export const SECTIONS = Object.keys(ROW_SCHEMAS) as Section[];

/** The CSV file that holds each section of a bundle. */
export const CSV_FILES: Record<Section, string> = {
  units: 'units.csv',
  people: 'people.csv',
  memberships: 'memberships.csv',
  brmAssignments: 'brm_assignments.csv',
  serves: 'serves.csv',
  domains: 'domains.csv',
  engagements: 'engagements.csv',
  participants: 'participants.csv',
  feedback: 'feedback.csv',
  surveyTies: 'surveyTies.csv',
  initiatives: 'initiatives.csv',
  benefits: 'benefits.csv',
};

export type UnitRow = z.infer<typeof unitRow>;
export type PersonRow = z.infer<typeof personRow>;
export type MembershipRow = z.infer<typeof membershipRow>;
export type BrmAssignmentRow = z.infer<typeof brmAssignmentRow>;
export type ServesRow = z.infer<typeof servesRow>;
export type DomainRow = z.infer<typeof domainRow>;
export type EngagementRow = z.infer<typeof engagementRow>;
export type ParticipantRow = z.infer<typeof participantRow>;
export type FeedbackRow = z.infer<typeof feedbackRow>;
export type { SurveyTieRow, InitiativeRow, BenefitRow };

export interface Bundle {
  units: UnitRow[];
  people: PersonRow[];
  memberships: MembershipRow[];
  brmAssignments: BrmAssignmentRow[];
  serves: ServesRow[];
  domains: DomainRow[];
  engagements: EngagementRow[];
  participants: ParticipantRow[];
  feedback: FeedbackRow[];
  /** Survey answers (server/schema/survey.ts): a network of their own, never mixed into engagements. */
  surveyTies: SurveyTieRow[];
  /** What a provider set out to deliver for a department, with the benefit planned (server/schema/value.ts). */
  initiatives: InitiativeRow[];
  /** Benefits an initiative realised, by day. */
  benefits: BenefitRow[];
}

/** The JSON bundle's top level: a format version and the sections (a missing section is empty). */
export const BUNDLE_FORMAT_VERSION = 1;
