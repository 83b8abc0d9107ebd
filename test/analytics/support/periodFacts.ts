/** One period of a relationship's facts for the macro, trust and maturity tests: all zero but the overrides. */
import type { PeriodFacts } from '../../../server/analytics/projection/loadRelationshipPeriods.ts';

export function periodFacts(period: number, overrides: Partial<PeriodFacts> = {}): PeriodFacts {
  return {
    period,
    volume: 0,
    peopleA: 0,
    peopleB: 0,
    manyOnOne: 0,
    meeting: 0,
    transaction: 0,
    support: 0,
    community: 0,
    initiatedByA: 0,
    initiatedByB: 0,
    reactiveByA: 0,
    reactiveByB: 0,
    supportByA: 0,
    supportByB: 0,
    negotiatedSupport: 0,
    negotiated: 0,
    kept: 0,
    late: 0,
    missed: 0,
    sentimentSum: 0,
    sentimentCount: 0,
    leadersBoth: 0,
    planning: 0,
    durationMin: 0,
    ...overrides,
  };
}
