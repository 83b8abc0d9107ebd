/**
 * The network metrics of a window (DESIGN §3.3): communities, silos and isolation, brokerage and single points
 * of failure, each computed once from the derived graphs. Cut points count a provider's sub-units (IT's service
 * desk) as the provider, as a BRM reads "who connects this department to IT".
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

export interface NetworkMetrics {
  communities: LouvainResult;
  /** Modularity of the formal unit partition: high = an org of closed units. */
  formalModularity: ModularityResult;
  /** Agreement of the communities with the units. */
  communityUnitAgreement: MutualInformationResult;
  silos: SiloNumbers;
  isolation: IsolationResult;
  constraint: ConstraintResult;
  effectiveSize: EffectiveSizeResult;
  brokerage: GouldFernandezResult;
  cutPoints: CutPointsResult;
  /** Who carries each unit's contact with each other unit (insight cards: "through one person"). */
  contacts: UnitContactsResult;
}

export interface NetworkSuiteOptions {
  communitySeed?: number;
  isolation?: Partial<IsolationConfig>;
}

export function networkMetrics(graphs: DerivedGraphs, options: NetworkSuiteOptions = {}): NetworkMetrics {
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
    constraint: constraint(persons),
    effectiveSize: effectiveSize(persons),
    brokerage: gouldFernandez(graphs.initiations),
    cutPoints: cutPoints(persons, { partition: topLevelPartition(persons, units) }),
    contacts: unitContacts(persons),
  };
}
