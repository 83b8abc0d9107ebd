/**
 * The macro grow-and-sustain cycle (DESIGN §3.5) of every pair of top-level units with engagements in the
 * history: the monthly series, the window's summary (volume, breadth, many-on-one share, multiplexity,
 * continuity, initiation balance), growth now and in the previous windows, and the stage with the rule that
 * fired. Linear in the number of (pair, period) rows.
 */
import type { RelationshipHistory } from '../projection/loadRelationshipPeriods.ts';
import { DAY_MS, DEFAULT_PERIOD_OPTIONS, windowPeriods, type PeriodOptions } from '../periods.ts';
import { initiationBalance, pairKey } from '../relationship.ts';
import { share } from '../statistics.ts';
import type { TimeWindow } from '../window.ts';
import { DEFAULT_STAGE_RULES, trendReach, trendSpans, type StageRules } from './config.ts';
import { growthAt, type Growth } from './growth.ts';
import { multiplexity, relationshipSeries, type SeriesPoint } from './series.ts';
import { relationshipStage, type StageFacts, type StageResult } from './stage.ts';

export interface MacroOptions {
  periods?: PeriodOptions;
  rules?: StageRules;
}

export interface WindowSummary {
  periods: number;
  volume: number;
  /** Mean per period of distinct people on each side. */
  breadthA: number;
  breadthB: number;
  manyOnOneShare: number | null;
  /** Distinct engagement kinds in the window. */
  multiplexity: number;
  initiatedByA: number;
  initiatedByB: number;
  beta: number | null;
}

export interface MacroRelationship {
  key: string;
  a: string;
  b: string;
  series: SeriesPoint[];
  window: WindowSummary;
  /** Share of active periods over the continuity span. */
  continuity: { share: number; active: number; periods: number };
  /** Growth over each trend span (config.ts trendSpans), newest first: what the stage rules read. */
  growth: Array<Growth | null>;
  /** The periods the stage was judged on (the trend spans together), ending at the window end. */
  trend: { from: string; to: string; periods: number; beta: number | null };
  facts: StageFacts;
  stage: StageResult;
}

export interface MacroCycleResult {
  metric: 'macroCycle';
  relationships: MacroRelationship[];
  options: { periods: PeriodOptions; rules: StageRules; windowPeriods: number };
}

export function macroCycle(
  histories: readonly RelationshipHistory[],
  window: TimeWindow,
  options: MacroOptions = {},
): MacroCycleResult {
  const periods = options.periods ?? DEFAULT_PERIOD_OPTIONS;
  const rules = options.rules ?? DEFAULT_STAGE_RULES;
  const span = windowPeriods(window, periods);
  return {
    metric: 'macroCycle',
    relationships: histories.map((h) => macroRelationship(h, window, { periods, rules, span })),
    options: { periods, rules, windowPeriods: span },
  };
}

interface Context {
  periods: PeriodOptions;
  rules: StageRules;
  span: number;
}

function macroRelationship(
  history: RelationshipHistory,
  window: TimeWindow,
  context: Context,
): MacroRelationship {
  const { rules, span } = context;
  const series = relationshipSeries(history, window, context.periods);
  const growth = trendSpans(rules).map((s) => growthAt(series, s.endPeriod, s.periods));
  const summary = windowSummary(history, span);
  const trend = trendOf(history, window, context);
  const continuity = continuityOf(series, rules.continuityPeriods);
  const end = window.to.getTime();
  const facts: StageFacts = {
    ageDays: (end - history.firstAt) / DAY_MS,
    contacts: history.periods.reduce((n, p) => n + p.volume, 0),
    silenceDays: (end - history.lastAt) / DAY_MS,
    medianGapDays: history.medianGapDays,
    growth,
    beta: trend.beta,
    continuity: continuity.share,
  };
  return {
    key: pairKey(history.a, history.b),
    a: history.a,
    b: history.b,
    series,
    window: summary,
    continuity,
    growth,
    trend,
    facts,
    stage: relationshipStage(facts, rules),
  };
}

/** The stage's own span: as many periods back from the window end as the trend spans reach; β over the newest
 * span (reciprocity is judged there, not over the window, so the stage does not depend on the window). */
function trendOf(
  history: RelationshipHistory,
  window: TimeWindow,
  context: Context,
): MacroRelationship['trend'] {
  const reach = trendReach(context.rules);
  const newest = history.periods.filter((p) => p.period < context.rules.trailingPeriods);
  const byA = newest.reduce((n, p) => n + p.initiatedByA, 0);
  const byB = newest.reduce((n, p) => n + p.initiatedByB, 0);
  const to = window.to.getTime();
  return {
    from: new Date(to - reach * context.periods.periodDays * DAY_MS).toISOString(),
    to: window.to.toISOString(),
    periods: reach,
    beta: initiationBalance(byA, byB),
  };
}

function windowSummary(history: RelationshipHistory, span: number): WindowSummary {
  const inWindow = history.periods.filter((p) => p.period < span);
  const sum = (pick: (p: (typeof inWindow)[number]) => number) => inWindow.reduce((s, p) => s + pick(p), 0);
  const kinds = { meeting: 0, transaction: 0, support: 0, community: 0 };
  for (const p of inWindow)
    for (const kind of Object.keys(kinds) as Array<keyof typeof kinds>) kinds[kind] += p[kind];
  const volume = sum((p) => p.volume);
  const [byA, byB] = [sum((p) => p.initiatedByA), sum((p) => p.initiatedByB)];
  return {
    periods: span,
    volume,
    breadthA: sum((p) => p.peopleA) / span,
    breadthB: sum((p) => p.peopleB) / span,
    manyOnOneShare: share(
      sum((p) => p.manyOnOne),
      volume,
    ),
    multiplexity: multiplexity(kinds),
    initiatedByA: byA,
    initiatedByB: byB,
    beta: initiationBalance(byA, byB),
  };
}

/** Active periods over the last `periods` periods, or since the first contact when that is more recent. */
export function continuityOf(
  series: readonly SeriesPoint[],
  periods: number,
): MacroRelationship['continuity'] {
  const span = series.filter((p) => p.period < periods);
  const active = span.filter((p) => p.volume > 0).length;
  return { share: span.length > 0 ? active / span.length : 0, active, periods: span.length };
}

/** The macro relationship of a business–provider pair, if it had engagements. */
export function findRelationship(
  result: MacroCycleResult,
  x: string,
  y: string,
): MacroRelationship | undefined {
  const key = pairKey(x, y);
  return result.relationships.find((r) => r.key === key);
}
