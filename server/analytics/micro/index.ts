/** The micro engagement cycle (DESIGN §3.4): one-on-ones per dyad and per unit pair. */
export {
  microCycle,
  personPairs,
  rollUpToUnitPairs,
  type DyadMicro,
  type MicroCycleResult,
  type UnitPairMicro,
} from './microCycle.ts';
export { summariseMicro, type MicroAggregate, type MicroSummary } from './microSummary.ts';
export { cadence, type Cadence } from './cadence.ts';
export { promiseKeeping, type PromiseCounts, type PromiseKeeping } from './promiseKeeping.ts';
export {
  loadMicroDyads,
  MICRO_KINDS,
  type DyadRow,
  type MicroDyadOptions,
} from '../projection/loadMicroDyads.ts';
