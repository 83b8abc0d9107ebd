/**
 * The demo organisation's structure: business departments, internal providers (IT with its service desk, HR,
 * Finance, Legal, Facilities) and external vendors; people with memberships and a reporting line; BRMs in IT
 * assigned to departments; SERVES relationships with purposes and target maturity. Also picks the units and
 * people that carry the planted patterns.
 */
import type {
  BrmAssignmentRow,
  MembershipRow,
  PersonRow,
  ServesRow,
  UnitRow,
} from '../server/schema/bundle.ts';
import { DEPARTMENT_NAMES, FIRST_NAMES, LAST_NAMES, VENDOR_NAMES } from './names.ts';
import type { Rng } from './prng.ts';

export type Size = 's' | 'm' | 'l' | 'xl';

export const SIZES: Record<
  Size,
  { people: number; departments: number; vendors: number; engagementsPerPerson: number }
> = {
  s: { people: 150, departments: 8, vendors: 2, engagementsPerPerson: 12 },
  m: { people: 2_000, departments: 20, vendors: 3, engagementsPerPerson: 12 },
  l: { people: 20_000, departments: 120, vendors: 5, engagementsPerPerson: 12 },
  xl: { people: 100_000, departments: 400, vendors: 6, engagementsPerPerson: 8 },
};

const INTERNAL_PROVIDERS = [
  { id: 'prov-it', name: 'IT Services', function: 'IT', share: 0.3 },
  { id: 'prov-it-desk', name: 'IT Service Desk', function: 'IT', share: 0.1, parentId: 'prov-it' },
  { id: 'prov-hr', name: 'Human Resources', function: 'HR', share: 0.14 },
  { id: 'prov-finance', name: 'Finance', function: 'Finance', share: 0.14 },
  { id: 'prov-legal', name: 'Legal', function: 'Legal', share: 0.08 },
  { id: 'prov-facilities', name: 'Facilities', function: 'Facilities', share: 0.1 },
] as const;
const VENDOR_FUNCTIONS = ['IT', 'IT', 'Facilities', 'Other', 'IT', 'HR'] as const;
const REGIONS = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Pacific',
  'Atlantic',
  'Nordic',
  'Alpine',
  'Coastal',
];
const BUSINESS_SHARE = 0.75;

export interface Planted {
  isolatedDepartment: string;
  brokerDepartment: string;
  broker: string;
  growing: { providerId: string; departmentId: string };
  declining: { providerId: string; departmentId: string };
  promiseBreakingProvider: string;
  orderTaker: { providerId: string; departmentId: string };
  strategicPartner: { providerId: string; departmentId: string };
}

export interface Org {
  units: UnitRow[];
  people: PersonRow[];
  memberships: MembershipRow[];
  brmAssignments: BrmAssignmentRow[];
  serves: ServesRow[];
  departments: string[];
  providers: string[];
  members: Map<string, string[]>;
  leaders: Map<string, string[]>;
  unitOf: Map<string, string>;
  brms: string[];
  planted: Planted;
}

export function buildOrg(size: Size, rng: Rng): Org {
  const spec = SIZES[size];
  const units = [...departmentUnits(spec.departments), ...providerUnits(spec.vendors)];
  const departments = units.filter((u) => u.type === 'department').map((u) => u.id);
  const providers = units.filter((u) => u.type === 'provider').map((u) => u.id);
  const headcount = unitHeadcounts(spec.people, departments, providers, rng);
  const org: Org = {
    units,
    people: [],
    memberships: [],
    brmAssignments: [],
    serves: [],
    departments,
    providers,
    members: new Map(),
    leaders: new Map(),
    unitOf: new Map(),
    brms: [],
    planted: plantedUnits(departments, providers),
  };
  const pad = String(spec.people).length;
  let next = 0;
  for (const unit of units) {
    const ids = Array.from(
      { length: headcount.get(unit.id)! },
      () => `p-${String(++next).padStart(pad, '0')}`,
    );
    addPeople(org, unit.id, ids, rng);
  }
  org.planted.broker = org.members.get(org.planted.brokerDepartment)![1]!;
  assignBrms(org, rng);
  org.serves = servesRows(org, rng);
  return org;
}

function departmentUnits(count: number): UnitRow[] {
  return Array.from({ length: count }, (_, i) => {
    const base = DEPARTMENT_NAMES[i % DEPARTMENT_NAMES.length]!;
    const round = Math.floor(i / DEPARTMENT_NAMES.length);
    const name =
      round === 0
        ? base
        : `${base} ${REGIONS[(round - 1) % REGIONS.length]}${round > REGIONS.length ? ` ${round}` : ''}`;
    return { id: `dept-${String(i + 1).padStart(3, '0')}`, name, type: 'department', kind: 'business' };
  });
}

function providerUnits(vendors: number): UnitRow[] {
  const internal: UnitRow[] = INTERNAL_PROVIDERS.map((p) => ({
    id: p.id,
    name: p.name,
    type: 'provider',
    kind: 'internal',
    function: p.function,
    ...('parentId' in p ? { parentId: p.parentId } : {}),
  }));
  const external: UnitRow[] = Array.from({ length: vendors }, (_, i) => ({
    id: `vendor-${i + 1}`,
    name: VENDOR_NAMES[i % VENDOR_NAMES.length]!,
    type: 'provider',
    kind: 'external',
    function: VENDOR_FUNCTIONS[i % VENDOR_FUNCTIONS.length]!,
  }));
  return [...internal, ...external];
}

/** People per unit: departments share 75% with random sizes (the planted ones kept small), providers the rest. */
function unitHeadcounts(
  people: number,
  departments: string[],
  providers: string[],
  rng: Rng,
): Map<string, number> {
  const counts = new Map<string, number>();
  const business = Math.round(people * BUSINESS_SHARE);
  const fixed = Math.max(6, Math.min(12, Math.round(business / departments.length / 2)));
  const weights = departments.map((_, i) => (i < 2 ? 0 : 0.5 + rng.float()));
  const total = weights.reduce((s, w) => s + w, 0);
  departments.forEach((d, i) =>
    counts.set(d, i < 2 ? fixed : Math.max(4, Math.round(((business - 2 * fixed) * weights[i]!) / total))),
  );
  const staff = people - [...counts.values()].reduce((s, n) => s + n, 0);
  const vendorShare = 0.14 / (providers.length - INTERNAL_PROVIDERS.length);
  for (const p of providers) {
    const internal = INTERNAL_PROVIDERS.find((ip) => ip.id === p);
    counts.set(p, Math.max(3, Math.round(staff * (internal ? internal.share : vendorShare))));
  }
  return counts;
}

function addPeople(org: Org, unitId: string, ids: string[], rng: Rng): void {
  const leaderCount = Math.max(1, Math.round(ids.length / 10));
  org.members.set(unitId, ids);
  org.leaders.set(unitId, ids.slice(0, leaderCount));
  ids.forEach((id, index) => {
    const leader = index < leaderCount;
    const managerId = index === 0 ? undefined : leader ? ids[0] : ids[index % leaderCount];
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const title = leader ? (index === 0 ? 'Head of unit' : 'Team lead') : 'Specialist';
    org.people.push({
      id,
      name,
      title,
      role: leader ? 'leader' : 'staff',
      active: true,
      ...(managerId ? { managerId } : {}),
    });
    org.memberships.push({
      personId: id,
      unitId,
      since: `${rng.int(2014, 2024)}-${pad2(rng.int(1, 12))}-01`,
    });
    org.unitOf.set(id, unitId);
  });
}

/** BRMs: IT staff with role brm, each for a few departments; the isolated department and a few others have none. */
function assignBrms(org: Org, rng: Rng): void {
  const itStaff = org.members.get('prov-it')!.slice(org.leaders.get('prov-it')!.length);
  const count = Math.min(itStaff.length, Math.max(2, Math.ceil(org.departments.length / 4)));
  org.brms = itStaff.slice(0, count);
  for (const id of org.brms) {
    const person = org.people.find((p) => p.id === id)!;
    person.role = 'brm';
    person.title = 'Business Relationship Manager';
  }
  org.departments.forEach((departmentId, i) => {
    if (departmentId === org.planted.isolatedDepartment || (i > 7 && rng.chance(0.1))) return;
    org.brmAssignments.push({
      personId: org.brms[i % count]!,
      departmentId,
      since: `${rng.int(2020, 2024)}-${pad2(rng.int(1, 12))}-01`,
    });
  });
}

function plantedUnits(departments: string[], providers: string[]): Planted {
  const d = (i: number) => departments[i]!;
  return {
    isolatedDepartment: d(0),
    brokerDepartment: d(1),
    broker: '',
    growing: { providerId: 'prov-finance', departmentId: d(2) },
    declining: { providerId: 'prov-hr', departmentId: d(3) },
    promiseBreakingProvider: providers.find((p) => p.startsWith('vendor-'))!,
    orderTaker: { providerId: 'prov-facilities', departmentId: d(4) },
    strategicPartner: { providerId: 'prov-it', departmentId: d(5) },
  };
}

const PURPOSES: Record<string, string> = {
  IT: 'Business applications, devices and digital projects',
  HR: 'Hiring, development and people services',
  Finance: 'Budgeting, forecasting and payments',
  Legal: 'Contracts and compliance advice',
  Facilities: 'Workplaces, moves and building services',
  Other: 'Outsourced services under contract',
};

function servesRows(org: Org, rng: Rng): ServesRow[] {
  const rows: ServesRow[] = [];
  const p = org.planted;
  for (const providerId of org.providers) {
    const unit = org.units.find((u) => u.id === providerId)!;
    if (unit.parentId) continue; // the service desk serves through IT's relationships
    const vendor = unit.kind === 'external';
    org.departments.forEach((departmentId, i) => {
      const planted = [p.growing, p.declining, p.orderTaker, p.strategicPartner].some(
        (r) => r.providerId === providerId && r.departmentId === departmentId,
      );
      const include =
        planted ||
        (vendor
          ? providerId === p.promiseBreakingProvider
            ? i % 2 === 0 && i > 1
            : rng.chance(0.3)
          : rng.chance(0.92) || i < 6);
      if (!include) return;
      const target =
        departmentId === p.strategicPartner.departmentId && providerId === p.strategicPartner.providerId
          ? 5
          : rng.int(3, 4);
      rows.push({
        providerId,
        departmentId,
        purpose: PURPOSES[unit.function ?? 'Other']!,
        since: `${rng.int(2016, 2023)}-${pad2(rng.int(1, 12))}-01`,
        targetMaturity:
          departmentId === p.orderTaker.departmentId && providerId === p.orderTaker.providerId ? 4 : target,
      });
    });
  }
  return rows;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
