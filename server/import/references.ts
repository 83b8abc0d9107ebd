/**
 * Cross-row checks of a validated bundle: duplicate ids and duplicate relationships, references to ids that
 * exist neither in the bundle nor in the database (so an import may add engagements to people imported
 * earlier), references to the wrong kind of unit, and engagements without two participants and one initiator.
 */
import type { Bundle, Section, UnitRow } from '../schema/bundle.ts';
import type { ImportIssue, RawBundle } from './rawBundle.ts';
import type { ValidatedRows } from './validateRows.ts';

type UnitType = UnitRow['type'];
type Target = 'unit' | 'department' | 'provider' | 'person' | 'engagement';

interface Reference {
  section: Section;
  index: number;
  field: string;
  target: Target;
  id: string;
}

/** Ids the database already holds, among those the bundle references but does not define. */
export interface ExistingIds {
  units: Map<string, UnitType>;
  people: Set<string>;
  engagements: Set<string>;
}

export type LookupExisting = (missing: {
  units: string[];
  people: string[];
  engagements: string[];
}) => Promise<ExistingIds>;

/**
 * @param raw the rows as read, so that a reference to a row that is itself invalid is not reported a second
 *   time as unknown: that row's own problems are.
 */
export async function checkReferences(
  rows: ValidatedRows,
  raw: RawBundle,
  lookupExisting: LookupExisting,
): Promise<ImportIssue[]> {
  const { bundle } = rows;
  const issues: ImportIssue[] = [];
  const at: Report = (section, index, field, reason, code) =>
    issues.push({
      file: rows.origins[section].file,
      line: rows.origins[section].lines[index] ?? null,
      field,
      reason,
      code,
    });

  reportDuplicates(bundle, at);
  const units = new Map(bundle.units.map((unit) => [unit.id, unit.type] as const));
  const people = new Set(bundle.people.map((person) => person.id));
  const engagements = new Set(bundle.engagements.map((engagement) => engagement.id));
  const references = collectReferences(bundle).filter(
    (ref) => !declaredInInvalidRow(ref, raw, units, people, engagements),
  );
  const missing = {
    units: unique(references.filter((r) => isUnitTarget(r.target) && !units.has(r.id)).map((r) => r.id)),
    people: unique(references.filter((r) => r.target === 'person' && !people.has(r.id)).map((r) => r.id)),
    engagements: unique(
      references.filter((r) => r.target === 'engagement' && !engagements.has(r.id)).map((r) => r.id),
    ),
  };
  if (missing.units.length + missing.people.length + missing.engagements.length > 0) {
    const existing = await lookupExisting(missing);
    existing.units.forEach((type, id) => units.set(id, type));
    existing.people.forEach((id) => people.add(id));
    existing.engagements.forEach((id) => engagements.add(id));
  }
  for (const ref of references) {
    const problem = resolve(ref, units, people, engagements);
    if (problem) at(ref.section, ref.index, ref.field, problem.reason, problem.code);
  }
  checkParticipants(bundle, at);
  return issues;
}

function declaredInInvalidRow(
  ref: Reference,
  raw: RawBundle,
  units: Map<string, UnitType>,
  people: Set<string>,
  engagements: Set<string>,
): boolean {
  const section: Section = isUnitTarget(ref.target)
    ? 'units'
    : ref.target === 'person'
      ? 'people'
      : 'engagements';
  const valid =
    section === 'units' ? units.has(ref.id) : (section === 'people' ? people : engagements).has(ref.id);
  return !valid && raw[section].rows.some((row) => (row.value as { id?: unknown } | null)?.id === ref.id);
}

function isUnitTarget(target: Target): boolean {
  return target === 'unit' || target === 'department' || target === 'provider';
}

function resolve(
  ref: Reference,
  units: Map<string, UnitType>,
  people: Set<string>,
  engagements: Set<string>,
): { reason: string; code: string } | null {
  const unknown = (reason: string) => ({ reason, code: 'unknown_reference' });
  if (ref.target === 'person') return people.has(ref.id) ? null : unknown(`unknown person '${ref.id}'`);
  if (ref.target === 'engagement')
    return engagements.has(ref.id) ? null : unknown(`unknown engagement '${ref.id}'`);
  const type = units.get(ref.id);
  if (!type) return unknown(`unknown unit '${ref.id}'`);
  if (ref.target !== 'unit' && ref.target !== type)
    return { reason: `'${ref.id}' is a ${type}, expected a ${ref.target}`, code: 'wrong_unit_type' };
  return null;
}

function collectReferences(bundle: Bundle): Reference[] {
  const refs: Reference[] = [];
  const add = (section: Section, index: number, field: string, target: Target, id: string | undefined) => {
    if (id !== undefined) refs.push({ section, index, field, target, id });
  };
  bundle.units.forEach((u, i) => add('units', i, 'parentId', 'unit', u.parentId));
  bundle.people.forEach((p, i) => add('people', i, 'managerId', 'person', p.managerId));
  bundle.memberships.forEach(
    (m, i) => (
      add('memberships', i, 'personId', 'person', m.personId),
      add('memberships', i, 'unitId', 'unit', m.unitId)
    ),
  );
  bundle.brmAssignments.forEach(
    (b, i) => (
      add('brmAssignments', i, 'personId', 'person', b.personId),
      add('brmAssignments', i, 'departmentId', 'department', b.departmentId)
    ),
  );
  bundle.serves.forEach(
    (s, i) => (
      add('serves', i, 'providerId', 'provider', s.providerId),
      add('serves', i, 'departmentId', 'department', s.departmentId)
    ),
  );
  bundle.participants.forEach(
    (p, i) => (
      add('participants', i, 'engagementId', 'engagement', p.engagementId),
      add('participants', i, 'personId', 'person', p.personId)
    ),
  );
  bundle.feedback.forEach((f, i) => {
    add('feedback', i, 'personId', 'person', f.personId);
    f.about.forEach((unitId, k) => add('feedback', i, `about.${k}`, 'unit', unitId));
  });
  return refs;
}

type Report = (section: Section, index: number, field: string, reason: string, code: string) => void;

function reportDuplicates(bundle: Bundle, at: Report): void {
  const keyed: Array<[Section, Array<{ key: string; field: string }>]> = [
    ['units', bundle.units.map((u) => ({ key: u.id, field: 'id' }))],
    ['people', bundle.people.map((p) => ({ key: p.id, field: 'id' }))],
    ['engagements', bundle.engagements.map((e) => ({ key: e.id, field: 'id' }))],
    ['feedback', bundle.feedback.map((f) => ({ key: f.id, field: 'id' }))],
    ['memberships', bundle.memberships.map((m) => ({ key: `${m.personId} → ${m.unitId}`, field: 'unitId' }))],
    [
      'brmAssignments',
      bundle.brmAssignments.map((b) => ({ key: `${b.personId} → ${b.departmentId}`, field: 'departmentId' })),
    ],
    [
      'serves',
      bundle.serves.map((s) => ({ key: `${s.providerId} → ${s.departmentId}`, field: 'departmentId' })),
    ],
    [
      'participants',
      bundle.participants.map((p) => ({ key: `${p.personId} in ${p.engagementId}`, field: 'personId' })),
    ],
  ];
  for (const [section, keys] of keyed) {
    const seen = new Set<string>();
    keys.forEach(({ key, field }, index) => {
      if (seen.has(key))
        at(section, index, field, `duplicate: '${key}' appears earlier in this file`, 'duplicate');
      seen.add(key);
    });
  }
}

function checkParticipants(bundle: Bundle, at: Report): void {
  const counts = new Map<string, { people: number; initiators: number }>();
  for (const p of bundle.participants) {
    const count = counts.get(p.engagementId) ?? { people: 0, initiators: 0 };
    count.people++;
    if (p.role === 'initiator') count.initiators++;
    counts.set(p.engagementId, count);
  }
  bundle.engagements.forEach((engagement, index) => {
    const count = counts.get(engagement.id) ?? { people: 0, initiators: 0 };
    if (count.people < 2)
      at(
        'engagements',
        index,
        'id',
        `has ${count.people} participant(s) in participants; needs at least 2`,
        'participants',
      );
    else if (count.initiators !== 1)
      at(
        'engagements',
        index,
        'id',
        `has ${count.initiators} initiators in participants; needs exactly 1`,
        'participants',
      );
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
