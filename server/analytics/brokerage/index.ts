/** Brokerage (DESIGN §3.3): structural holes, Gould–Fernandez roles, single points of failure between units. */
export {
  constraint,
  type ConstraintResult,
  type PersonValues,
  type StructuralHoleOptions,
} from './constraint.ts';
export { effectiveSize, type EffectiveSizeResult } from './effectiveSize.ts';
export {
  BROKERAGE_ROLES,
  gouldFernandez,
  type BrokerageCounts,
  type BrokerageRole,
  type GouldFernandezOptions,
  type GouldFernandezResult,
} from './gouldFernandez.ts';
export {
  cutPoints,
  type CutPointsOptions,
  type CutPointsResult,
  type PersonSeparation,
  type TieSeparation,
} from './cutPoints.ts';
export { separatedPairs, separates, type UnitSeparation } from './unitSeparation.ts';
