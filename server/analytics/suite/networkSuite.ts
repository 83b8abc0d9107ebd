/**
 * The network metrics of a window (DESIGN §3.3): communities, silos and isolation, brokerage and single points
 * of failure, each computed once from the derived graphs. Cut points count a provider's sub-units (IT's service
 * desk) as the provider, as a BRM reads "who connects this department to IT". The people's brokerage
 * (constraint, effective size, Gould–Fernandez roles: 4.5 of the 7.8 MB for a window of `l`) is computed apart
 * (personBrokerage): the unit map and the silos never read it, so compute/families.ts puts it with the people.
 */
import {
  constraint,
  cutPoints,
  effectiveSize,
  gouldFernandez,
  type ConstraintResult,
  type CutPointsResult,
  type EffectiveSizeResult,
  type GouldFernandezResult,
} from '../brokerage/index.ts';
import {
  formalPartition,
  louvain,
  modularity,
  normalisedMutualInformation,
  type LouvainResult,
  type ModularityResult,
  type MutualInformationResult,
} from '../communities/index.ts';
import type { DerivedGraphs } from '../projection/loadGraphs.ts';
import {
  isolation,
  siloNumbers,
  topLevelPartition,
  type IsolationConfig,
  type IsolationResult,
  type SiloNumbers,
} from '../silos/index.ts';
import { unitContacts, type UnitContactsResult } from '../silos/unitContacts.ts';

/** What the unit map, the silos and the comparisons read: every metric but the people's brokerage. */
export interface UnitNetworkMetrics {
  communities: LouvainResult;
  /** Modularity of the formal unit partition: high = an org of closed units. */
  formalModularity: ModularityResult;
  /** Agreement of the communities with the units. */
  communityUnitAgreement: MutualInformationResult;
  silos: SiloNumbers;
  isolation: IsolationResult;
  cutPoints: CutPointsResult;
  /** Who carries each unit's contact with each other unit (insight cards: "through one person"). */
  contacts: UnitContactsResult;
}

/** Each person's brokerage: read only where people are listed (their table, the brokers, person level). */
export interface PersonBrokerage {
  constraint: ConstraintResult;
  effectiveSize: EffectiveSizeResult;
  brokerage: GouldFernandezResult;
}

export type NetworkMetrics = UnitNetworkMetrics & PersonBrokerage;

export interface NetworkSuiteOptions {
  communitySeed?: number;
  isolation?: Partial<IsolationConfig>;
}

export function networkMetrics(graphs: DerivedGraphs, options: NetworkSuiteOptions = {}): NetworkMetrics {
  return { ...unitNetworkMetrics(graphs, options), ...personBrokerage(graphs) };
}

export function unitNetworkMetrics(
  graphs: DerivedGraphs,
  options: NetworkSuiteOptions = {},
): UnitNetworkMetrics {
  const { persons, units } = graphs;
  const communities = louvain(persons, { seed: options.communitySeed ?? 1 });
  const formal = formalPartition(persons);
  const silos = siloNumbers(graphs);
  return {
    communities,
    formalModularity: modularity(persons, formal),
    communityUnitAgreement: normalisedMutualInformation(communities.communities, formal),
    silos,
    isolation: isolation(graphs, options.isolation, silos),
    cutPoints: cutPoints(persons, { partition: topLevelPartition(persons, units) }),
    contacts: unitContacts(persons),
  };
}

export function personBrokerage(graphs: DerivedGraphs): PersonBrokerage {
  return {
    constraint: constraint(graphs.persons),
    effectiveSize: effectiveSize(graphs.persons),
    brokerage: gouldFernandez(graphs.initiations),
  };
}
