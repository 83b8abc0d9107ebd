/**
 * The demo organisation's structure: business departments, internal providers (IT with its service desk, HR,
 * Finance, Legal, Facilities) and external vendors; people with memberships and a reporting line; BRMs in IT
 * assigned to departments; SERVES relationships with purposes and target maturity. Also picks the units and
 * people that carry the planted patterns.
 */
import type { UnitRow } from '../server/schema/bundle.ts';
import { DEPARTMENT_NAMES, FIRST_NAMES, LAST_NAMES, VENDOR_NAMES } from './names.ts';
import type { Rng } from '../server/prng.ts';
import type { Org, Planted } from './orgModel.ts';
import { pad2, servesRows } from './serves.ts';

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

export function buildOrg(size: Size, rng: Rng): Org {
  const spec = SIZES[size];
  const units = [...departmentUnits(spec.departments), ...providerUnits(spec.vendors)];
  const departments = units.filter((u) => u.type === 'department').map((u) => u.id);
  const providers = units.filter((u) => u.type === 'provider').map((u) => u.id);
  const planted = plantedUnits(departments, providers, rng);
  const small = new Set([planted.isolatedDepartment, planted.brokerDepartment]);
  const headcount = unitHeadcounts({ people: spec.people, departments, providers, small }, rng);
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
    planted,
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
  const brokerDepartment = org.members.get(planted.brokerDepartment)!;
  planted.broker = brokerDepartment[rng.int(1, brokerDepartment.length - 1)]!; // anyone but the head
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

interface HeadcountPlan {
  people: number;
  departments: string[];
  providers: string[];
  /** Departments kept small (6–12 people): the isolated one and the broker's. */
  small: Set<string>;
}

/** People per unit: departments share 75% with random sizes, providers the rest. */
function unitHeadcounts(
  { people, departments, providers, small }: HeadcountPlan,
  rng: Rng,
): Map<string, number> {
  const counts = new Map<string, number>();
  const business = Math.round(people * BUSINESS_SHARE);
  const fixed = Math.max(6, Math.min(12, Math.round(business / departments.length / 2)));
  const weights = departments.map((d) => (small.has(d) ? 0 : 0.5 + rng.float()));
  const total = weights.reduce((s, w) => s + w, 0);
  const shared = business - small.size * fixed;
  departments.forEach((d, i) =>
    counts.set(d, small.has(d) ? fixed : Math.max(4, Math.round((shared * weights[i]!) / total))),
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
  const p = org.planted;
  const planted = new Set(
    [p.growing, p.declining, p.orderTaker, p.strategicPartner].map((r) => r.departmentId),
  ).add(p.brokerDepartment);
  org.departments.forEach((departmentId, i) => {
    if (departmentId === org.planted.isolatedDepartment || (!planted.has(departmentId) && rng.chance(0.1)))
      return;
    org.brmAssignments.push({
      personId: org.brms[i % count]!,
      departmentId,
      since: `${rng.int(2020, 2024)}-${pad2(rng.int(1, 12))}-01`,
    });
  });
}

/** Six distinct departments, drawn by the seed, carry the planted patterns; so does one vendor. */
function plantedUnits(departments: string[], providers: string[], rng: Rng): Planted {
  const [isolated, broker, growing, declining, orderTaker, strategic] = rng.sample(departments, 6) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    isolatedDepartment: isolated,
    brokerDepartment: broker,
    broker: '',
    growing: { providerId: 'prov-finance', departmentId: growing },
    declining: { providerId: 'prov-hr', departmentId: declining },
    promiseBreakingProvider: rng.pick(providers.filter((p) => p.startsWith('vendor-'))),
    orderTaker: { providerId: 'prov-facilities', departmentId: orderTaker },
    strategicPartner: { providerId: 'prov-it', departmentId: strategic },
  };
}
