/**
 * A hand-sized organisation for the silo tests, built through the projection's own graph builders:
 * Sales (4 people) works with IT and its service desk; Legal (2) only with itself; Ops (3) has one member who
 * talks to HR; the BRM office (a sub-unit of IT) has a BRM for Sales; Archive has no one.
 */
import {
  buildPersonGraph,
  buildUnitGraph,
  type PersonRow,
  type TieRow,
  type UnitRow,
} from '../../../server/analytics/projection/buildGraphs.ts';
import type { UnitType } from '../../../server/analytics/graphs.ts';

export const UNITS: UnitRow[] = [
  { id: 'sales', name: 'Sales', type: 'department', kind: 'business' },
  { id: 'legal', name: 'Legal', type: 'department', kind: 'business' },
  { id: 'ops', name: 'Operations', type: 'department', kind: 'business' },
  { id: 'archive', name: 'Archive', type: 'department', kind: 'business' },
  { id: 'it', name: 'IT', type: 'provider', kind: 'internal', function: 'IT' },
  {
    id: 'it-desk',
    name: 'IT Service Desk',
    type: 'provider',
    kind: 'internal',
    function: 'IT',
    parent: 'it',
  },
  { id: 'hr', name: 'HR', type: 'provider', kind: 'internal', function: 'HR', parent: null },
];

const typeOf = (unit: string): UnitType => UNITS.find((u) => u.id === unit)!.type;
const person = (id: string, unit: string): PersonRow => ({
  id,
  name: id,
  role: 'staff',
  unit,
  unitType: typeOf(unit),
  unitKind: typeOf(unit) === 'department' ? 'business' : 'internal',
});

export const PEOPLE: PersonRow[] = [
  ...['s1', 's2', 's3', 's4'].map((id) => person(id, 'sales')),
  ...['l1', 'l2'].map((id) => person(id, 'legal')),
  ...['o1', 'o2', 'o3'].map((id) => person(id, 'ops')),
  ...['i1', 'i2'].map((id) => person(id, 'it')),
  person('d1', 'it-desk'),
  person('h1', 'hr'),
];

const tie = (a: string, b: string, weight: number): TieRow => ({ a, b, weight, engagements: 1 });

export const TIES: TieRow[] = [
  tie('s1', 's2', 2),
  tie('s2', 's3', 1),
  tie('s1', 'i1', 1),
  tie('s3', 'i2', 0.5),
  tie('s4', 'd1', 0.5),
  tie('i1', 'i2', 1),
  tie('l1', 'l2', 3),
  tie('o1', 'o2', 1),
  tie('o2', 'o3', 1),
  tie('o1', 'h1', 1),
];

export function smallOrg() {
  const persons = buildPersonGraph(PEOPLE, TIES);
  return {
    persons,
    units: buildUnitGraph(UNITS, persons),
    brmAssignments: [{ personId: 'i2', departmentId: 'sales' }],
  };
}
