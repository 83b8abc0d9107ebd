/**
 * Which fields of which rows reference other rows, visited in place: a generator that calls `visit` for every
 * reference of a batch of rows and yields how many rows it went through, so the caller can pause between
 * batches. No list of references is built (an import may hold millions).
 */
import type { Bundle, Section } from '../schema/bundle.ts';

export type Target = 'unit' | 'department' | 'provider' | 'person' | 'engagement';

export interface Reference {
  section: Section;
  index: number;
  field: string;
  target: Target;
  id: string;
}

const BATCH = 1_000;

type Fields<S extends Section> = (
  row: Bundle[S][number],
  add: (field: string, target: Target, id?: string) => void,
) => void;

const REFERENCES: { [S in Section]?: Fields<S> } = {
  units: (u, add) => add('parentId', 'unit', u.parentId),
  people: (p, add) => add('managerId', 'person', p.managerId),
  memberships: (m, add) => (add('personId', 'person', m.personId), add('unitId', 'unit', m.unitId)),
  brmAssignments: (b, add) => (
    add('personId', 'person', b.personId),
    add('departmentId', 'department', b.departmentId)
  ),
  serves: (s, add) => (
    add('providerId', 'provider', s.providerId),
    add('departmentId', 'department', s.departmentId)
  ),
  domains: (d, add) => add('unitId', 'provider', d.unitId),
  participants: (p, add) => (
    add('engagementId', 'engagement', p.engagementId),
    add('personId', 'person', p.personId)
  ),
  feedback: (f, add) => {
    add('personId', 'person', f.personId);
    f.about.forEach((unitId, k) => add(`about.${k}`, 'unit', unitId));
  },
  surveyTies: (t, add) => (add('personId', 'person', t.personId), add('alterId', 'person', t.alterId)),
  // A benefit's initiative is checked in valueReferences.ts, with the SERVES an initiative belongs to.
  initiatives: (i, add) => (
    add('providerId', 'provider', i.providerId),
    add('departmentId', 'department', i.departmentId)
  ),
};

export function* forEachReference(bundle: Bundle, visit: (ref: Reference) => void): Generator<number> {
  for (const [section, fields] of Object.entries(REFERENCES) as Array<[Section, Fields<Section>]>) {
    const rows = bundle[section] as Array<Bundle[Section][number]>;
    for (let start = 0; start < rows.length; start += BATCH) {
      const end = Math.min(rows.length, start + BATCH);
      for (let index = start; index < end; index++) {
        fields(rows[index]!, (field, target, id) => {
          if (id !== undefined) visit({ section, index, field, target, id });
        });
      }
      yield end - start;
    }
  }
}
