/** Maturity of business–provider relationships on the Business Relationship Maturity Model (DESIGN §3.6). */
export {
  relationshipMaturity,
  type MaturityGaps,
  type MaturityInputs,
  type MaturityResult,
  type RelationshipMaturity,
} from './relationshipMaturity.ts';
export {
  indicatedMaturity,
  behaviourOf,
  type Behaviour,
  type BehaviourInputs,
  type IndicatedMaturity,
  type IndicatorResult,
} from './indicated.ts';
export { assessedMaturity, maturityTallies, type AssessedMaturity, type SideAssessment } from './assessed.ts';
export {
  DEFAULT_MATURITY_RULES,
  MATURITY_INDICATORS,
  MATURITY_LEVELS,
  maturityRules,
  type Indicator,
  type MaturityLevel,
  type MaturityRules,
  type Measure,
} from './config.ts';
export { loadServes, type ServesRelationship } from '../projection/loadServes.ts';
