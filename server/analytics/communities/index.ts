/** Communities (DESIGN §3.3): Louvain, modularity of any partition, agreement of two partitions. */
export { louvain, type LouvainOptions, type LouvainResult } from './louvain.ts';
export {
  modularity,
  type GroupModularity,
  type ModularityOptions,
  type ModularityResult,
} from './modularity.ts';
export { normalisedMutualInformation, type MutualInformationResult } from './mutualInformation.ts';
export { formalPartition, groupIndex, type Partition } from './partition.ts';
