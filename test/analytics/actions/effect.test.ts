/**
 * The effect of an action on fixed examples: the two periods of equal length around the day it was taken, which
 * way each metric counts as better, the broker's share read from cut points, and the metric read from the two
 * periods and their comparison.
 */
import { describe, expect, it } from 'vitest';
import { effectPeriods } from '../../../server/analytics/actions/effectWindows.ts';
import { brokerShare, judge, measure } from '../../../server/analytics/actions/measure.ts';
import type { CutPointsResult } from '../../../server/analytics/brokerage/index.ts';
import type { ComparedWindow, PeriodComparison } from '../../../server/analytics/compare/index.ts';

describe('effectPeriods', () => {
  it('measures up to 90 days after, and the same length before', () => {
    expect(effectPeriods('2026-01-25', new Date('2026-11-01T00:00:00Z'))).toEqual({
      days: 90,
      before: { from: '2025-10-27', to: '2026-01-25' },
      after: { from: '2026-01-25', to: '2026-04-25' },
    });
    expect(effectPeriods('2026-09-15', new Date('2026-10-03T00:00:00Z'))).toEqual({
      days: 18,
      before: { from: '2026-08-28', to: '2026-09-15' },
      after: { from: '2026-09-15', to: '2026-10-03' },
    });
  });

  it('is too early under two weeks, and for an action after the data', () => {
    expect(effectPeriods('2026-09-25', new Date('2026-10-03T00:00:00Z'))).toBeNull();
    expect(effectPeriods('2026-12-01', new Date('2026-10-03T00:00:00Z'))).toBeNull();
  });
});

describe('judge', () => {
  it('reads lower isolation and broker share as better, higher reach and trust as better', () => {
    const isolation = judge('isolation', 0.6, 0.3);
    expect(isolation.direction).toBe('better');
    expect(isolation.delta).toBeCloseTo(-0.3, 12);
    expect(judge('brokerShare', 0.2, 0.5).direction).toBe('worse');
    expect(judge('reach', 3, 5)).toEqual({ delta: 2, direction: 'better' });
    expect(judge('trust', 0.7, 0.6).direction).toBe('worse');
    expect(judge('trust', 0.7, 0.705).direction).toBe('unchanged');
    expect(judge('reach', null, 4)).toEqual({ delta: null, direction: 'unknown' });
  });

  it('ranks stages from dormant to growing', () => {
    expect(judge('stage', 'sustaining', 'growing')).toEqual({ delta: 1, direction: 'better' });
    expect(judge('stage', 'growing', 'declining')).toEqual({ delta: -3, direction: 'worse' });
    expect(judge('stage', 'forming', 'forming').direction).toBe('unchanged');
    // a stage that held is judged by the period comparison's class of the tie
    expect(judge('stage', 'growing', 'growing', 'stronger')).toEqual({ delta: 0, direction: 'better' });
    expect(judge('stage', 'sustaining', 'sustaining', 'weaker').direction).toBe('worse');
    expect(judge('stage', 'sustaining', 'sustaining', 'steady').direction).toBe('unchanged');
    expect(judge('stage', null, 'growing').direction).toBe('unknown');
  });
});

const cuts = (people: Array<{ groups: Array<{ units: string[]; cutFrom: string[] }> }>) =>
  ({
    people: people.map((p, i) => ({ person: `p${i}`, unit: null, unitPairs: 1, peopleCutOff: 1, ...p })),
  }) as unknown as CutPointsResult;

describe('brokerShare', () => {
  it('is the largest share of the other units reached only through one person, from either side', () => {
    const result = cuts([
      { groups: [{ units: ['sales'], cutFrom: ['it', 'hr'] }] },
      { groups: [{ units: ['legal', 'it', 'hr'], cutFrom: ['sales'] }] },
      { groups: [{ units: ['hr'], cutFrom: ['it'] }] },
    ]);
    expect(brokerShare(result, 'sales', 4)).toBe(0.75);
    expect(brokerShare(result, 'legal', 4)).toBe(0.25);
    expect(brokerShare(cuts([]), 'sales', 4)).toBe(0);
  });
});

/** A period with only what measure reads: isolation, cut points, trust and macro stages. */
function period(score: number, trust: number, stage: string): ComparedWindow {
  return {
    network: { isolation: { units: [{ unit: 'sales', score }] }, cutPoints: { people: [] } },
    engagement: {
      trust: { relationships: [{ key: 'it|sales', value: trust }] },
      macro: { relationships: [{ key: 'it|sales', stage: { stage } }] },
    },
  } as unknown as ComparedWindow;
}

describe('measure', () => {
  const comparison = {
    units: [{ id: 'sales', reachBefore: 2, reachAfter: 4 }],
    pairs: [
      {
        a: 'it',
        b: 'sales',
        before: 3,
        after: 7.5,
        change: 'stronger',
        stageBefore: 'sustaining',
        stageAfter: 'growing',
      },
    ],
  } as unknown as PeriodComparison;
  const periods = {
    before: period(0.6, 0.55, 'sustaining'),
    after: period(0.35, 0.7, 'growing'),
    comparison,
  };
  const unit = { unit: 'sales', relationship: null };
  const relationship = { unit: null, relationship: { providerId: 'it', departmentId: 'sales' } };

  it('reads each metric in both periods', () => {
    expect(measure('isolation', unit, periods)).toEqual({ before: 0.6, after: 0.35, level: null });
    expect(measure('reach', unit, periods)).toEqual({ before: 2, after: 4, level: null });
    expect(measure('trust', relationship, periods)).toEqual({ before: 0.55, after: 0.7, level: null });
    expect(measure('stage', relationship, periods)).toEqual({
      before: 'sustaining',
      after: 'growing',
      level: { before: 3, after: 7.5 },
      change: 'stronger',
    });
  });

  it('has nothing to read for a unit metric without a unit or a unit it does not know', () => {
    expect(measure('trust', unit, periods)).toEqual({ before: null, after: null, level: null });
    expect(measure('isolation', { unit: 'hr', relationship: null }, periods)).toEqual({
      before: null,
      after: null,
      level: null,
    });
  });
});
