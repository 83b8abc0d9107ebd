/** Silos and isolation (DESIGN §3.3), against the formal partition (each person's primary unit). */
export { eiIndex, type EiIndexResult, type EiValue, type UnitEi } from './eiIndex.ts';
export { reach, type ReachResult, type UnitReach } from './reach.ts';
export {
  providerCoverage,
  type DepartmentCoverage,
  type ProviderCoverageResult,
} from './providerCoverage.ts';
export {
  isolation,
  siloNumbers,
  type IsolationResult,
  type SiloGraphs,
  type SiloNumbers,
  type UnitIsolation,
} from './isolation.ts';
export {
  DEFAULT_ISOLATION_CONFIG,
  isolationConfigSchema,
  type IsolationConfig,
  type IsolationNumbers,
  type IsolationRule,
  type RuleCheck,
} from './isolationRules.ts';
export { topLevelPartition, topLevelUnits } from './hierarchy.ts';
