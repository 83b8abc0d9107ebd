import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessedMaturity,
  behaviourOf,
  DEFAULT_MATURITY_RULES,
  indicatedMaturity,
  MATURITY_INDICATORS,
  relationshipMaturity,
  type Behaviour,
} from '../../../server/analytics/maturity/index.ts';
import { macroCycle } from '../../../server/analytics/macro/index.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';
import { periodFacts as facts } from '../support/periodFacts.ts';

const partner: Behaviour = {
  engagements: 30,
  regularity: 1,
  promiseTrust: 0.9,
  absBeta: 0.1,
  reactiveShare: 0.1,
  negotiatedShare: 0.6,
  trust: 0.85,
  meetingShare: 0.8,
  planningShare: 1,
  sustained: 1,
};
// An order taker: regular and dependable, but one-way, reactive and rarely negotiated
const orderTaker: Behaviour = {
  ...partner,
  absBeta: 0.9,
  reactiveShare: 0.95,
  negotiatedShare: 0.1,
  trust: 0.55,
  meetingShare: 0,
  planningShare: 0,
};

describe('indicated maturity', () => {
  it('rates a strategic partner 5 with every indicator holding', () => {
    const result = indicatedMaturity(partner);
    expect([result.level, result.label, result.score, result.reason]).toEqual([
      5,
      'strategic partner',
      5,
      'every indicator holds',
    ]);
    expect(result.holdingBack).toEqual([]);
  });

  it('rates an order taker 2 and names what holds it back, scoring it by how near the higher indicators are', () => {
    const result = indicatedMaturity(orderTaker);
    expect([result.level, result.label]).toEqual([2, 'order taker']);
    expect(result.holdingBack.map((i) => i.id)).toEqual(['notOneWay', 'notReactive', 'negotiated']);
    // the 11 indicators above level 2, in order: dependable holds (1); |β| 0.9 against ≤ 0.8 → 0.1/0.2;
    // reactive 0.95 against ≤ 0.6 → 0.05/0.4; negotiated 0.1/0.25; balanced 0.1/0.5; trusted 0.55/0.65;
    // consulted 0; shapes demand 0.1/0.4; joint planning 0; high trust 0.55/0.75; sustained holds (1)
    const attainments = [1, 0.5, 0.125, 0.4, 0.2, 0.55 / 0.65, 0, 0.25, 0, 0.55 / 0.75, 1];
    expect(result.score).toBeCloseTo(2 + attainments.reduce((a, b) => a + b) / 11, 12);
    expect(result.indicators.find((i) => i.id === 'notReactive')!.attainment).toBeCloseTo(0.125, 12);
  });

  it('applies each threshold inclusively at its boundary', () => {
    const atBoundary = { ...partner, negotiatedShare: 0.4, absBeta: 0.5, trust: 0.75 };
    expect(indicatedMaturity(atBoundary).level).toBe(5);
    expect(indicatedMaturity({ ...atBoundary, negotiatedShare: 0.3999 }).level).toBe(3);
    expect(indicatedMaturity({ ...partner, regularity: 0.5 }).level).toBe(1);
    expect(indicatedMaturity({ ...partner, reactiveShare: 0.61 }).holdingBack.map((i) => i.id)).toEqual([
      'notReactive',
    ]);
  });

  it('indicates no level from too little behaviour', () => {
    const result = indicatedMaturity({ ...partner, engagements: 11 });
    expect([result.level, result.score]).toEqual([null, null]);
    expect(result.reason).toContain('11 engagements read < 12');
    expect(indicatedMaturity({ ...partner, engagements: 12 }).level).toBe(5);
  });

  it('never scores outside its level and the next', () => {
    const measure = fc.option(fc.double({ min: 0, max: 1, noNaN: true }));
    const behaviourArb = fc.record({
      engagements: fc.nat(100),
      regularity: measure,
      promiseTrust: measure,
      absBeta: measure,
      reactiveShare: measure,
      negotiatedShare: measure,
      trust: measure,
      meetingShare: measure,
      planningShare: measure,
      sustained: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(behaviourArb, (behaviour) => {
        const { level, score, indicators } = indicatedMaturity(behaviour);
        expect(indicators).toHaveLength(MATURITY_INDICATORS.length);
        if (level === null) return;
        expect(score!).toBeGreaterThanOrEqual(level);
        expect(score!).toBeLessThan(level === 5 ? 5.0001 : level + 1);
      }),
    );
  });
});

describe('behaviour of a relationship', () => {
  it('orients β to the business side, leaves support out of the conversation and reads only the span', () => {
    const periods = [
      // the department 'sales' is side b of ('it', 'sales'); four support tickets asked by sales
      facts(0, {
        volume: 6,
        initiatedByA: 1,
        initiatedByB: 5,
        reactiveByB: 4,
        supportByB: 4,
        support: 4,
        meeting: 2,
        negotiated: 1,
        planning: 1,
      }),
      facts(2, { volume: 4, initiatedByB: 4, reactiveByB: 4, transaction: 4 }),
      facts(3, { volume: 50, initiatedByA: 50 }),
    ];
    const behaviour = behaviourOf({
      facts: periods,
      periods: 3,
      businessIsA: false,
      trust: 0.6,
      promiseTrust: 0.7,
      stage: 'sustaining',
    });
    // conversation = 10 − 4 support = 6: the business started 1 + 4 of it, the provider 1
    expect(behaviour).toEqual({
      engagements: 10,
      regularity: 2 / 3,
      promiseTrust: 0.7,
      absBeta: (5 - 1) / 6,
      reactiveShare: 0.8,
      negotiatedShare: 1 / 6,
      trust: 0.6,
      meetingShare: 2 / 6,
      planningShare: 1 / 3,
      sustained: 0,
    });
  });
});

describe('assessed maturity and gaps', () => {
  const window = resolveWindow({ from: '2026-01-01', to: '2026-04-01' }, null);
  const tallies = [
    {
      dimension: 'maturity' as const,
      raterUnit: 'sales',
      about: ['it', 'sales'],
      period: 1,
      answers: 2,
      scoreSum: 5,
    },
    {
      dimension: 'maturity' as const,
      raterUnit: 'it',
      about: ['it', 'sales'],
      period: 2,
      answers: 1,
      scoreSum: 4,
    },
    {
      dimension: 'maturity' as const,
      raterUnit: 'hr',
      about: ['it', 'sales'],
      period: 0,
      answers: 1,
      scoreSum: 3,
    },
    // older than a year: left out
    {
      dimension: 'maturity' as const,
      raterUnit: 'sales',
      about: ['it', 'sales'],
      period: 12,
      answers: 5,
      scoreSum: 25,
    },
  ];

  it('keeps the business and provider views apart', () => {
    const assessed = assessedMaturity(tallies.slice(0, 3), { providerId: 'it', departmentId: 'sales' });
    expect(assessed.business).toEqual({ mean: 2.5, answers: 2 });
    expect(assessed.provider).toEqual({ mean: 4, answers: 1 });
    expect(assessed.other).toEqual({ mean: 3, answers: 1 });
    expect([assessed.mean, assessed.level]).toEqual([3, 3]);
  });

  it('gives target, assessed and indicated side by side with their gaps', () => {
    const result = relationshipMaturity({
      serves: [
        { providerId: 'it', departmentId: 'sales', purpose: 'CRM', since: '2020-01-01', targetMaturity: 4 },
      ],
      histories: [],
      feedback: tallies,
      trust: [],
      macro: macroCycle([], window),
    });
    const [relationship] = result.relationships;
    expect(relationship!.indicated.level).toBeNull();
    expect(relationship!.gaps).toEqual({
      targetVsAssessed: 1,
      businessVsProvider: -1.5,
      assessedVsIndicated: null,
      targetVsIndicated: null,
    });
    expect(result.options).toBe(DEFAULT_MATURITY_RULES);
  });
});
