/**
 * SERVES relationships: each provider serves most departments with a stated purpose and a target maturity.
 * The planted relationships always exist; the promise-breaking vendor serves every other open department, so
 * its broken promises reach many parts of the business.
 */
import type { ServesRow } from '../server/schema/bundle.ts';
import type { Org } from './orgModel.ts';
import type { Rng } from '../server/prng.ts';

const PURPOSES: Record<string, string> = {
  IT: 'Business applications, devices and digital projects',
  HR: 'Hiring, development and people services',
  Finance: 'Budgeting, forecasting and payments',
  Legal: 'Contracts and compliance advice',
  Facilities: 'Workplaces, moves and building services',
  Procurement: 'Sourcing, purchasing and supplier management',
  Other: 'Outsourced services under contract',
};

export function servesRows(org: Org, rng: Rng): ServesRow[] {
  const rows: ServesRow[] = [];
  const p = org.planted;
  const closed = new Set([p.isolatedDepartment, p.brokerDepartment]);
  for (const providerId of org.providers) {
    const unit = org.units.find((u) => u.id === providerId)!;
    if (unit.parentId) continue; // the service desk serves through IT's relationships
    const vendor = unit.kind === 'external';
    org.departments.forEach((departmentId, i) => {
      const planted = plantedPair(org, providerId, departmentId);
      const include =
        planted !== null ||
        (!vendor && (rng.chance(0.92) || closed.has(departmentId))) ||
        (providerId === p.promiseBreakingProvider
          ? i % 2 === 0 && !closed.has(departmentId)
          : rng.chance(0.3));
      if (!include) return;
      const target = rng.int(3, 4);
      rows.push({
        providerId,
        departmentId,
        purpose: PURPOSES[unit.function ?? 'Other']!,
        since: `${rng.int(2016, 2023)}-${pad2(rng.int(1, 12))}-01`,
        targetMaturity: planted === 'strategicPartner' ? 5 : planted === 'orderTaker' ? 4 : target,
      });
    });
  }
  return rows;
}

function plantedPair(org: Org, providerId: string, departmentId: string): string | null {
  const p = org.planted;
  const pairs = {
    growing: p.growing,
    declining: p.declining,
    orderTaker: p.orderTaker,
    strategicPartner: p.strategicPartner,
  };
  for (const [name, pair] of Object.entries(pairs))
    if (pair.providerId === providerId && pair.departmentId === departmentId) return name;
  return null;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
