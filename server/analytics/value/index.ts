/** The value of business–provider relationships: planned against realised benefit, and the leakage. */
export {
  initiativeValue,
  relationshipValue,
  type InitiativeProgress,
  type InitiativeValue,
  type RelationshipValue,
  type UnitAmounts,
  type ValueResult,
} from './relationshipValue.ts';
export { addMonths, dueShare } from './accrual.ts';
export { DEFAULT_VALUE_RULES, valueRules, type ValueRules } from './config.ts';
