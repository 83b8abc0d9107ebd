/** Synthetic bundles of a chosen size for tests that need volume rather than realism. */
import { SECTIONS, type Bundle } from '../../server/schema/bundle.ts';

export function syntheticBundle(people: number, engagements: number): Bundle {
  const bundle: Bundle = {
    units: [
      { id: 'dept', name: 'Department', type: 'department', kind: 'business' },
      { id: 'prov', name: 'Provider', type: 'provider', kind: 'internal', function: 'IT' },
    ],
    people: [],
    memberships: [],
    brmAssignments: [],
    serves: [],
    domains: [],
    engagements: [],
    participants: [],
    feedback: [],
    surveyTies: [],
    initiatives: [],
    benefits: [],
  };
  for (let i = 0; i < people; i++) {
    bundle.people.push({ id: `sp-${i}`, name: `Person ${i}`, title: '', role: 'staff', active: true });
    bundle.memberships.push({ personId: `sp-${i}`, unitId: i % 2 ? 'dept' : 'prov', since: '2024-01-01' });
  }
  for (let i = 0; i < engagements; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    bundle.engagements.push({
      id: `se-${i}`,
      kind: 'meeting',
      at,
      durationMin: 30,
      topic: '',
      negotiated: false,
      outcome: 'agreed',
    });
    bundle.participants.push({ engagementId: `se-${i}`, personId: `sp-${i % people}`, role: 'initiator' });
    bundle.participants.push({
      engagementId: `se-${i}`,
      personId: `sp-${(i + 1) % people}`,
      role: 'counterpart',
    });
  }
  return bundle;
}

/** A bundle with no rows in any section. */
export function emptyBundle(): Bundle {
  return Object.fromEntries(SECTIONS.map((section) => [section, []])) as unknown as Bundle;
}

/** A bundle of one 30-minute meeting at `at` that `initiator` held with `counterpart`, and nothing else. */
export function oneMeeting(id: string, at: Date, initiator: string, counterpart: string): Bundle {
  const bundle = emptyBundle();
  bundle.engagements.push({
    id,
    kind: 'meeting',
    at: at.toISOString(),
    durationMin: 30,
    topic: '',
    negotiated: false,
    outcome: 'agreed',
  });
  bundle.participants.push(
    { engagementId: id, personId: initiator, role: 'initiator' },
    { engagementId: id, personId: counterpart, role: 'counterpart' },
  );
  return bundle;
}
