/**
 * Provider coverage per department (DESIGN §3.3): which providers its people engaged with in the window and
 * which they did not, and whether the department has an assigned BRM (BRM_FOR). Providers are counted at the
 * top of the unit hierarchy: a tie to IT's service desk (a sub-unit of IT) is a tie to IT. A department
 * "engages" a provider when any of its members (primary unit) has a tie with any of the provider's people.
 */
import type { BrmAssignment, PersonGraph, UnitGraph } from '../graphs.ts';
import { topLevelUnits } from './hierarchy.ts';

export interface DepartmentCoverage {
  /** Top-level providers engaged, with the summed weight and number of ties. */
  engaged: Record<string, { weight: number; ties: number }>;
  notEngaged: string[];
  providersEngaged: number;
  providers: number;
  brms: string[];
  hasBrm: boolean;
}

export interface ProviderCoverageResult {
  metric: 'provider-coverage';
  departments: Record<string, DepartmentCoverage>;
  /** The top-level providers counted. */
  providers: string[];
}

export function providerCoverage(graphs: {
  persons: PersonGraph;
  units: UnitGraph;
  brmAssignments: BrmAssignment[];
}): ProviderCoverageResult {
  const { persons, units } = graphs;
  const top = topLevelUnits(units);
  const providers = units.filterNodes((unit, a) => a.type === 'provider' && top.get(unit) === unit).sort();
  const counted = new Set(providers);
  const engaged = new Map<string, Map<string, { weight: number; ties: number }>>();
  units.forEachNode((unit, a) => {
    if (a.type === 'department') engaged.set(unit, new Map());
  });
  persons.forEachEdge((_edge, tie, _a, _b, aa, ba) => {
    for (const [mine, theirs] of [
      [aa.unit, ba.unit],
      [ba.unit, aa.unit],
    ] as const) {
      const byProvider = engaged.get(mine);
      const provider = top.get(theirs);
      if (!byProvider || provider === undefined || !counted.has(provider)) continue;
      const sum = byProvider.get(provider) ?? { weight: 0, ties: 0 };
      sum.weight += tie.weight;
      sum.ties += 1;
      byProvider.set(provider, sum);
    }
  });
  const departments: Record<string, DepartmentCoverage> = {};
  for (const [department, byProvider] of engaged) {
    const brms = graphs.brmAssignments
      .filter((b) => b.departmentId === department)
      .map((b) => b.personId)
      .sort();
    departments[department] = {
      engaged: Object.fromEntries([...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))),
      notEngaged: providers.filter((p) => !byProvider.has(p)),
      providersEngaged: byProvider.size,
      providers: providers.length,
      brms,
      hasBrm: brms.length > 0,
    };
  }
  return { metric: 'provider-coverage', departments, providers };
}
