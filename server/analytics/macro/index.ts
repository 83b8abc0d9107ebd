/** The macro grow-and-sustain cycle (DESIGN §3.5): monthly series, growth and stage per unit pair. */
export {
  macroCycle,
  findRelationship,
  continuityOf,
  type MacroCycleResult,
  type MacroOptions,
  type MacroRelationship,
  type WindowSummary,
} from './macroCycle.ts';
export { DEFAULT_STAGE_RULES, stageRules, trendReach, trendSpans, type StageRules } from './config.ts';
export {
  relationshipStage,
  STAGE_RULES,
  dormancyThresholdDays,
  type Stage,
  type StageFacts,
  type StageResult,
  type StageRuleId,
} from './stage.ts';
export { growthAt, type Growth } from './growth.ts';
export { relationshipSeries, factsByPeriod, multiplexity, type SeriesPoint } from './series.ts';
export {
  loadRelationshipPeriods,
  relationshipPeriodParams,
  type PeriodFacts,
  type RelationshipHistory,
  type RelationshipPeriodOptions,
} from '../projection/loadRelationshipPeriods.ts';
