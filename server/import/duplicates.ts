/**
 * Rows that must be unique: ids of units, people, engagements and feedback; one membership, BRM assignment
 * and service relationship per pair; one participation per person and engagement. Also every engagement's
 * participants: at least two, exactly one initiator. Keys are the rows' own strings (ids) or, for the
 * participants, grouped by engagement, so the check holds no new string per row.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Bundle, Section } from '../schema/bundle.ts';

export type Report = (section: Section, index: number, field: string, reason: string, code: string) => void;

const YIELD_EVERY = 5_000;

type Keyed = { [S in Section]?: { field: string; key: (row: Bundle[S][number]) => string } };

const UNIQUE: Keyed = {
  units: { field: 'id', key: (u) => u.id },
  people: { field: 'id', key: (p) => p.id },
  engagements: { field: 'id', key: (e) => e.id },
  feedback: { field: 'id', key: (f) => f.id },
  domains: { field: 'domain', key: (d) => d.domain },
  memberships: { field: 'unitId', key: (m) => `${m.personId} → ${m.unitId}` },
  brmAssignments: { field: 'departmentId', key: (b) => `${b.personId} → ${b.departmentId}` },
  serves: { field: 'departmentId', key: (s) => `${s.providerId} → ${s.departmentId}` },
  // One answer per person, alter, question and time: a survey repeated later is a new answer.
  surveyTies: { field: 'alterId', key: (t) => `${t.personId} → ${t.alterId} (${t.question}, ${t.at})` },
  initiatives: { field: 'id', key: (i) => i.id },
  // One figure per initiative and day: a second one for the same day would silently replace the first.
  benefits: { field: 'at', key: (b) => `${b.initiativeId} on ${b.at}` },
};

export async function reportDuplicates(bundle: Bundle, at: Report): Promise<void> {
  for (const [section, { field, key }] of Object.entries(UNIQUE) as Array<
    [Section, { field: string; key: (row: unknown) => string }]
  >) {
    const seen = new Set<string>();
    const rows = bundle[section] as unknown[];
    for (let index = 0; index < rows.length; index++) {
      const value = key(rows[index]);
      if (seen.has(value))
        at(section, index, field, `duplicate: '${value}' appears earlier in this file`, 'duplicate');
      seen.add(value);
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    }
  }
  await checkParticipants(bundle, at);
}

async function checkParticipants(bundle: Bundle, at: Report): Promise<void> {
  const byEngagement = new Map<string, { people: string[]; initiators: number }>();
  for (let index = 0; index < bundle.participants.length; index++) {
    const { engagementId, personId, role } = bundle.participants[index]!;
    let entry = byEngagement.get(engagementId);
    if (!entry) byEngagement.set(engagementId, (entry = { people: [], initiators: 0 }));
    if (entry.people.includes(personId)) {
      const key = `${personId} in ${engagementId}`;
      at('participants', index, 'personId', `duplicate: '${key}' appears earlier in this file`, 'duplicate');
      continue;
    }
    entry.people.push(personId);
    if (role === 'initiator') entry.initiators++;
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
  }
  bundle.engagements.forEach((engagement, index) => {
    const entry = byEngagement.get(engagement.id);
    const people = entry?.people.length ?? 0;
    const initiators = entry?.initiators ?? 0;
    if (people < 2)
      at(
        'engagements',
        index,
        'id',
        `has ${people} participant(s) in participants; needs at least 2`,
        'participants',
      );
    else if (initiators !== 1)
      at(
        'engagements',
        index,
        'id',
        `has ${initiators} initiators in participants; needs exactly 1`,
        'participants',
      );
  });
}
