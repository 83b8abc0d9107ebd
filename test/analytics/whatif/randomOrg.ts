/**
 * Random small organisations for the what-if properties: a few departments and providers (one provider with a
 * sub-unit), people spread over them, random weighted ties, a BRM or none — built through the projection's own
 * graph builders, as the window's graphs are.
 */
import fc from 'fast-check';
import {
  buildPersonGraph,
  buildUnitGraph,
  type PersonRow,
  type TieRow,
  type UnitRow,
} from '../../../server/analytics/projection/buildGraphs.ts';
import type { SiloGraphs } from '../../../server/analytics/silos/index.ts';

const UNITS: UnitRow[] = [
  { id: 'd1', name: 'Sales', type: 'department', kind: 'business' },
  { id: 'd2', name: 'Legal', type: 'department', kind: 'business' },
  { id: 'd3', name: 'Ops', type: 'department', kind: 'business' },
  { id: 'it', name: 'IT', type: 'provider', kind: 'internal', function: 'IT' },
  { id: 'desk', name: 'Desk', type: 'provider', kind: 'internal', function: 'IT', parent: 'it' },
  { id: 'hr', name: 'HR', type: 'provider', kind: 'internal', function: 'HR' },
];

export interface OrgShape {
  units: number[];
  ties: Array<[number, number, number]>;
  brm: number | null;
}

export const orgShape: fc.Arbitrary<OrgShape> = fc.integer({ min: 2, max: 24 }).chain((n) =>
  fc.record({
    units: fc.array(fc.integer({ min: 0, max: UNITS.length - 1 }), { minLength: n, maxLength: n }),
    ties: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
      ),
      { maxLength: 3 * n },
    ),
    brm: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
  }),
);

export function orgOf(shape: OrgShape, extraPeople: PersonRow[] = []): SiloGraphs {
  const people: PersonRow[] = shape.units.map((u, i) => {
    const unit = UNITS[u]!;
    return {
      id: `p${i}`,
      name: `Person ${i}`,
      role: i % 5 === 0 ? 'leader' : 'staff',
      unit: unit.id,
      unitType: unit.type,
      unitKind: unit.kind,
    };
  });
  const seen = new Set<string>();
  const ties: TieRow[] = [];
  for (const [a, b, weight] of shape.ties) {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push({ a: `p${a}`, b: `p${b}`, weight, engagements: 1 });
  }
  const persons = buildPersonGraph([...people, ...extraPeople], ties);
  const brms = shape.brm === null ? [] : [{ personId: `p${shape.brm}`, departmentId: 'd1' }];
  return { persons, units: buildUnitGraph(UNITS, persons), brmAssignments: brms };
}

/** A person with no tie, in the given unit. */
export function loner(id: string, unit = 'd2'): PersonRow {
  const row = UNITS.find((u) => u.id === unit)!;
  return { id, name: id, role: 'staff', unit, unitType: row.type, unitKind: row.kind };
}
