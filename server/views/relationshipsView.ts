/**
 * The relationships dashboard (server/schema/relationships.ts): every business–provider relationship with its
 * purpose, maturity against target, trust and stage, the monthly volume and breadth behind the stage, and the
 * value of its initiatives (planned against realised, the leakage; valueWords.ts says it in words).
 * Series and β are oriented department (A, the business) → provider (B), whatever the order of the pair's key:
 * β near +1 means the business starts nearly everything (the order-taker flow).
 */
import type { z } from 'zod';
import { windowAnswer } from './windowAnswer.ts';
import type { WindowAnalytics } from '../analytics/engine.ts';
import { trendReach, type MacroRelationship, type SeriesPoint } from '../analytics/macro/index.ts';
import { DAY_MS } from '../analytics/periods.ts';
import {
  relationshipOverviews,
  type RelationshipOverview,
} from '../analytics/suite/relationshipOverviews.ts';
import type { RelationshipRow, relationshipsAnswer, relationshipsQuery } from '../schema/relationships.ts';
import { unitNamer } from './nodeFlags.ts';
import { unitVisibility, type Viewer } from './privacy.ts';
import { valueAnswer } from './valueWords.ts';
import { governanceByPair } from './governanceView.ts';

export function relationshipsView(
  analytics: WindowAnalytics,
  query: z.output<typeof relationshipsQuery>,
  viewer: Viewer,
): z.input<typeof relationshipsAnswer> {
  const { graphs, window } = analytics;
  const visible = unitVisibility(graphs, viewer);
  const all = relationshipOverviews(analytics.engagement).filter(
    ({ maturity: m }) => !query.unit || m.providerId === query.unit || m.departmentId === query.unit,
  );
  const shown = all.filter(({ maturity: m }) => visible(m.providerId) && visible(m.departmentId));
  const name = unitNamer(graphs);
  const governance = governanceByPair(analytics);
  return {
    window: windowAnswer(window),
    spans: answerSpans(analytics),
    relationships: shown.map((overview) => ({
      ...relationshipRow(overview, name),
      governance: governance.get(overview.key),
    })),
    privacy: {
      minGroupSize: viewer.privacy.minGroupSize,
      suppressedRelationships: all.length - shown.length,
    },
  };
}

/** The periods behind the numbers: the window, the history read (trust, maturity, series), the stage's span. */
function answerSpans({ window, engagement }: WindowAnalytics) {
  const { periods, rules, windowPeriods: span } = engagement.macro.options;
  const back = (n: number) => ({
    from: new Date(window.to.getTime() - n * periods.periodDays * DAY_MS).toISOString(),
    to: window.to.toISOString(),
    periods: n,
  });
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString(), periods: span },
    history: back(periods.historyPeriods),
    stage: back(trendReach(rules)),
  };
}

function relationshipRow(
  { maturity, trust, macro, value }: RelationshipOverview,
  name: (id: string) => string,
): RelationshipRow {
  const departmentIsA = maturity.departmentId < maturity.providerId;
  const { indicated, assessed } = maturity;
  return {
    providerId: maturity.providerId,
    providerName: name(maturity.providerId),
    departmentId: maturity.departmentId,
    departmentName: name(maturity.departmentId),
    purpose: maturity.purpose,
    target: maturity.target,
    maturity: {
      assessed: {
        level: assessed.level,
        mean: assessed.mean,
        business: assessed.business,
        provider: assessed.provider,
      },
      indicated: {
        level: indicated.level,
        label: indicated.label,
        score: indicated.score,
        reason: indicated.reason,
        holdingBack: indicated.holdingBack.map(({ id, level, says, value, threshold, holds }) => ({
          id,
          level,
          says,
          value,
          threshold,
          holds,
        })),
      },
      gaps: maturity.gaps,
    },
    trust: trust
      ? {
          value: trust.value,
          evidence: trust.evidence,
          promiseTrust: trust.promiseTrust.value,
          promises: {
            kept: trust.components.promises.kept,
            late: trust.components.promises.late,
            missed: trust.components.promises.missed,
          },
        }
      : null,
    stage: macro?.stage ?? null,
    initiationBalance: orientedBeta(macro, departmentIsA),
    series: macro ? orientedSeries(macro.series, departmentIsA) : [],
    value: value ? valueAnswer(value) : null,
  };
}

/** β with the wanted unit as side A (aFirst: it is already the pair's a). */
export function orientedBeta(macro: MacroRelationship | undefined, aFirst: boolean): number | null {
  const beta = macro?.window.beta ?? null;
  return beta === null || aFirst ? beta : -beta;
}

/** Oldest period first, side A first. */
export function orientedSeries(series: SeriesPoint[], aFirst: boolean) {
  return [...series]
    .sort((x, y) => y.period - x.period)
    .map((p) => ({
      from: p.from,
      to: p.to,
      volume: p.volume,
      breadthA: aFirst ? p.breadthA : p.breadthB,
      breadthB: aFirst ? p.breadthB : p.breadthA,
      breadth: p.breadth,
      manyOnOneShare: p.manyOnOneShare,
      multiplexity: p.multiplexity,
    }));
}
