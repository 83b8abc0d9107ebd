/**
 * Provider coverage per department (DESIGN §3.3): which providers its people engaged with in the window and
 * which they did not, and whether the department has an assigned BRM (BRM_FOR). Providers are counted at the
 * top of the unit hierarchy: a tie to IT's service desk (a sub-unit of IT) is a tie to IT. A department
 * "engages" a provider when any of its members (primary unit) has a tie with any of the provider's people.
 */
import type { BrmAssignment, PersonGraph, UnitGraph } from '../graphs.ts';
import { edgeColumns, personUnits } from '../graphColumns.ts';
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
  // per person unit (by number): the department's sums it adds to, and the counted provider it is part of
  const { unitIds, unitOf } = personUnits(persons);
  const sumsOf = unitIds.map((unit) => engaged.get(unit));
  const providerOf = unitIds.map((unit) => {
    const provider = top.get(unit);
    return provider !== undefined && counted.has(provider) ? provider : undefined;
  });
  const add = (mine: number, theirs: number, weight: number) => {
    const [byProvider, provider] = [sumsOf[mine], providerOf[theirs]];
    if (!byProvider || provider === undefined) return;
    const sum = byProvider.get(provider) ?? { weight: 0, ties: 0 };
    sum.weight += weight;
    sum.ties += 1;
    byProvider.set(provider, sum);
  };
  const { source, target, weight } = edgeColumns(persons);
  for (let k = 0; k < source.length; k++) {
    const [a, b] = [unitOf[source[k]!]!, unitOf[target[k]!]!];
    add(a, b, weight[k]!);
    add(b, a, weight[k]!);
  }
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
