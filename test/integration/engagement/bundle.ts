/**
 * A small hand-made org for the projection tests: a department with a sub-team, IT with its service desk, HR and
 * a vendor, and engagements that exercise every rule — promises kept, late, missed, overdue, pending, cancelled
 * and delivered without a date; one-on-ones, a three-person meeting, a support ticket, an engagement inside one
 * unit and one across three units; a person with two memberships; pulse and maturity feedback.
 */
import type { Bundle, EngagementRow } from '../../../server/schema/bundle.ts';

const person = (id: string, role: 'staff' | 'leader' | 'brm' = 'staff') => ({
  id,
  name: id,
  title: '',
  role,
  active: true,
});
const engagement = (id: string, at: string, extra: Partial<EngagementRow> = {}): EngagementRow => ({
  id,
  kind: 'meeting',
  at,
  durationMin: 30,
  topic: '',
  negotiated: false,
  outcome: 'agreed',
  ...extra,
});

export const WINDOW = { from: '2026-03-02', to: '2026-05-31' }; // 90 days
export const KINDS = ['meeting', 'transaction'];

export const smallOrg: Bundle = {
  units: [
    { id: 'sales', name: 'Sales', type: 'department', kind: 'business' },
    { id: 'sales-east', name: 'Sales East', type: 'department', kind: 'business', parentId: 'sales' },
    { id: 'it', name: 'IT', type: 'provider', kind: 'internal', function: 'IT' },
    { id: 'it-desk', name: 'IT Desk', type: 'provider', kind: 'internal', function: 'IT', parentId: 'it' },
    { id: 'hr', name: 'HR', type: 'provider', kind: 'internal', function: 'HR' },
    { id: 'acme', name: 'Acme', type: 'provider', kind: 'external', function: 'Other' },
  ],
  people: [
    person('s-lead', 'leader'),
    person('s-1'),
    person('s-east'),
    person('i-lead', 'leader'),
    person('i-desk'),
    person('h-1'),
    person('v-1'),
  ],
  memberships: [
    { personId: 's-lead', unitId: 'sales', since: '2020-01-01' },
    { personId: 's-1', unitId: 'sales', since: '2021-01-01' },
    { personId: 's-east', unitId: 'sales-east', since: '2022-01-01' },
    // two memberships: the earliest (the desk) is the primary one
    { personId: 'i-desk', unitId: 'it-desk', since: '2019-01-01' },
    { personId: 'i-desk', unitId: 'hr', since: '2023-01-01' },
    { personId: 'i-lead', unitId: 'it', since: '2018-01-01' },
    { personId: 'h-1', unitId: 'hr', since: '2020-01-01' },
    { personId: 'v-1', unitId: 'acme', since: '2020-01-01' },
  ],
  brmAssignments: [],
  serves: [
    { providerId: 'it', departmentId: 'sales', purpose: 'Apps', since: '2019-01-01', targetMaturity: 4 },
    { providerId: 'hr', departmentId: 'sales', purpose: 'People', since: '2019-01-01', targetMaturity: 3 },
  ],
  domains: [],
  engagements: [
    // before the window: tenure of (s-1, i-desk) and the period history
    engagement('x-1', '2026-01-10T10:00:00Z', {
      negotiated: true,
      promisedBy: '2026-01-20T00:00:00Z',
      deliveredAt: '2026-01-19T00:00:00Z',
      outcome: 'delivered',
      sentiment: 0.5,
    }),
    // in the window, one-on-ones between s-1 and i-desk (the desk rolls up to IT)
    engagement('x-2', '2026-03-05T09:00:00Z', {
      kind: 'transaction',
      negotiated: true,
      promisedBy: '2026-03-10T00:00:00Z',
      deliveredAt: '2026-03-12T00:00:00Z',
      outcome: 'delivered',
      sentiment: -0.5,
    }),
    engagement('x-3', '2026-03-20T09:00:00Z', {
      negotiated: true,
      promisedBy: '2026-03-25T00:00:00Z',
      outcome: 'missed',
    }),
    engagement('x-4', '2026-04-15T09:00:00Z', {
      negotiated: true,
      promisedBy: '2026-04-20T00:00:00Z',
      outcome: 'open',
    }),
    engagement('x-5', '2026-05-20T09:00:00Z', {
      negotiated: true,
      promisedBy: '2026-06-20T00:00:00Z',
      outcome: 'agreed',
    }),
    engagement('x-6', '2026-05-25T09:00:00Z', {
      promisedBy: '2026-05-26T00:00:00Z',
      outcome: 'delivered',
      durationMin: 45,
    }),
    engagement('x-7', '2026-05-26T09:00:00Z', { promisedBy: '2026-05-27T00:00:00Z', outcome: 'cancelled' }),
    // a support ticket (not a micro kind), a three-person planning meeting with both leaders, a meeting in one unit
    engagement('x-8', '2026-04-01T09:00:00Z', { kind: 'support' }),
    engagement('x-9', '2026-04-02T09:00:00Z', { sentiment: 0.8 }),
    engagement('x-10', '2026-04-03T09:00:00Z'),
    // sales-east (rolls up to sales) with HR, and one across three units
    engagement('x-11', '2026-05-02T09:00:00Z', { kind: 'transaction', sentiment: 0.2 }),
    engagement('x-12', '2026-05-03T09:00:00Z', { kind: 'community', durationMin: 90 }),
  ],
  participants: [
    ...['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6', 'x-7'].flatMap((id, i) => [
      { engagementId: id, personId: i % 3 === 0 ? 'i-desk' : 's-1', role: 'initiator' as const },
      { engagementId: id, personId: i % 3 === 0 ? 's-1' : 'i-desk', role: 'counterpart' as const },
    ]),
    { engagementId: 'x-8', personId: 's-1', role: 'initiator' },
    { engagementId: 'x-8', personId: 'i-desk', role: 'counterpart' },
    { engagementId: 'x-9', personId: 'i-lead', role: 'initiator' },
    { engagementId: 'x-9', personId: 's-lead', role: 'counterpart' },
    { engagementId: 'x-9', personId: 's-1', role: 'attendee' },
    { engagementId: 'x-10', personId: 's-lead', role: 'initiator' },
    { engagementId: 'x-10', personId: 's-east', role: 'counterpart' },
    { engagementId: 'x-11', personId: 's-east', role: 'initiator' },
    { engagementId: 'x-11', personId: 'h-1', role: 'counterpart' },
    { engagementId: 'x-12', personId: 'v-1', role: 'initiator' },
    { engagementId: 'x-12', personId: 'h-1', role: 'counterpart' },
    { engagementId: 'x-12', personId: 's-1', role: 'attendee' },
  ],
  feedback: [
    {
      id: 'fb-1',
      personId: 's-east',
      about: ['it-desk'],
      at: '2026-05-10T09:00:00Z',
      score: 2,
      dimension: 'trust',
      comment: '',
    },
    {
      id: 'fb-2',
      personId: 's-1',
      about: ['it'],
      at: '2026-05-11T09:00:00Z',
      score: 5,
      dimension: 'trust',
      comment: '',
    },
    {
      id: 'fb-3',
      personId: 's-lead',
      about: ['it', 'sales'],
      at: '2026-05-12T09:00:00Z',
      score: 3,
      dimension: 'maturity',
      comment: '',
    },
    {
      id: 'fb-4',
      personId: 'i-lead',
      about: ['it', 'sales'],
      at: '2026-05-12T10:00:00Z',
      score: 4,
      dimension: 'maturity',
      comment: '',
    },
  ],
  surveyTies: [],
  initiatives: [],
  benefits: [],
};
