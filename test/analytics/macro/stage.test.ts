import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAGE_RULES,
  growthAt,
  relationshipStage,
  STAGE_RULES,
  type Growth,
  type SeriesPoint,
  type StageFacts,
} from '../../../server/analytics/macro/index.ts';

const rules = DEFAULT_STAGE_RULES;

function growth(volumeRelative: number, volumeChange: number, breadthRelative = 0.1): Growth {
  // a span of 6 periods: change = slope × 5
  const volumeSlope = volumeChange / 5;
  return {
    endPeriod: 0,
    periods: 6,
    meanVolume: volumeSlope / volumeRelative,
    volumeSlope,
    volumeRelative,
    meanBreadth: 10,
    breadthSlope: breadthRelative * 10,
    breadthRelative,
  };
}

const mature: StageFacts = {
  ageDays: 500,
  contacts: 200,
  silenceDays: 2,
  medianGapDays: 3,
  growth: [growth(0.01, 0.2), growth(0.01, 0.2)],
  beta: 0.1,
  continuity: 1,
};
const stageOf = (facts: Partial<StageFacts>) => relationshipStage({ ...mature, ...facts }, rules);

function point(period: number, volume: number, breadth: number): SeriesPoint {
  return {
    period,
    from: '',
    to: '',
    volume,
    breadthA: breadth,
    breadthB: 0,
    breadth,
    manyOnOneShare: null,
    multiplexity: 1,
    initiatedByA: 0,
    initiatedByB: 0,
  };
}

describe('growth', () => {
  it('fits volume and breadth over the trailing periods, relative to their mean', () => {
    // oldest first: periods 7..0 with volumes 1, 1, 2, 4, 6, 8, 10, 12; trailing 6 from period 0 = 2..12
    const series = [1, 1, 2, 4, 6, 8, 10, 12].map((v, i) => point(7 - i, v, v / 2));
    const g = growthAt(series, 0, 6)!;
    // y = 2, 4, …, 12: slope 2, mean 7
    expect([g.periods, g.volumeSlope, g.meanVolume]).toEqual([6, 2, 7]);
    expect(g.volumeRelative).toBeCloseTo(2 / 7, 12);
    expect(g.breadthSlope).toBe(1);
    // one window (3 periods) earlier: periods 3..7 only (the relationship began at period 7): 1, 1, 2, 4, 6
    const earlier = growthAt(series, 3, 6)!;
    expect(earlier.periods).toBe(5);
    // x̄ = 2, ȳ = 2.8; Σ(x−x̄)(y−ȳ) = (−2)(−1.8) + (−1)(−1.8) + 0 + (1)(1.2) + (2)(3.2) = 13; Σ(x−x̄)² = 10
    expect(earlier.volumeSlope).toBeCloseTo(1.3, 12);
    expect(growthAt(series, 7, 6)).toBeNull();
  });
});

describe('relationship stage', () => {
  it('calls a relationship dormant only past three median gaps and the floor of 45 days', () => {
    expect(stageOf({ silenceDays: 45.01, medianGapDays: 10 }).stage).toBe('dormant'); // max(30, 45)
    expect(stageOf({ silenceDays: 45, medianGapDays: 10 }).stage).not.toBe('dormant');
    expect(stageOf({ silenceDays: 60.5, medianGapDays: 20 }).stage).toBe('dormant'); // 3 × 20
    expect(stageOf({ silenceDays: 60, medianGapDays: 20 }).stage).not.toBe('dormant');
    expect(stageOf({ silenceDays: 50, medianGapDays: null }).rule).toBe('dormant');
  });

  it('calls a young relationship or one with few contacts forming', () => {
    expect(stageOf({ ageDays: 89.9 }).stage).toBe('forming');
    expect(stageOf({ contacts: 9 }).stage).toBe('forming');
    expect(stageOf({ ageDays: 90, contacts: 10 }).stage).toBe('sustaining');
  });

  it('needs volume falling over two trend spans in a row to call a relationship declining', () => {
    const falling = growth(-0.08, -3);
    expect(stageOf({ growth: [falling, falling] }).stage).toBe('declining');
    expect(stageOf({ growth: [falling, growth(-0.0799, -3)] }).rule).toBe('steady');
    expect(stageOf({ growth: [falling, growth(-0.5, -2.99)] }).rule).toBe('steady');
    expect(stageOf({ growth: [falling, null] }).rule).toBe('steady');
  });

  it('calls a relationship growing when volume and breadth rise', () => {
    expect(stageOf({ growth: [growth(0.08, 3, 0.01), null] }).stage).toBe('growing');
    const flatBreadth = stageOf({ growth: [growth(0.08, 3, 0), null] });
    expect([flatBreadth.stage, flatBreadth.rule]).toEqual(['sustaining', 'steady']);
    expect(flatBreadth.caveats[0]).toMatch(/^unsteady/);
  });

  it('calls a stable, reciprocal, continuous relationship sustaining, and names what a steady one misses', () => {
    expect(stageOf({ beta: -0.6, continuity: 0.5 }).rule).toBe('sustaining');
    const oneWay = stageOf({ beta: 0.61 });
    expect([oneWay.stage, oneWay.rule, oneWay.caveats]).toEqual([
      'sustaining',
      'steady',
      ['one-way: |β| 0.61 > 0.6'],
    ]);
    expect(stageOf({ continuity: 0.49 }).caveats).toEqual(['intermittent: continuity 49.0 %']);
  });

  it('fires exactly one rule for any facts: the first that holds', () => {
    const growthArb = fc.option(
      fc.record({
        rel: fc.double({ min: -1, max: 1, noNaN: true }),
        change: fc.double({ min: -20, max: 20, noNaN: true }),
        breadth: fc.double({ min: -1, max: 1, noNaN: true }),
      }),
    );
    const factsArb = fc.record({
      ageDays: fc.double({ min: 0, max: 1000, noNaN: true }),
      contacts: fc.nat(500),
      silenceDays: fc.double({ min: 0, max: 400, noNaN: true }),
      medianGapDays: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      growth: fc.array(growthArb, { minLength: 2, maxLength: 2 }),
      beta: fc.option(fc.double({ min: -1, max: 1, noNaN: true })),
      continuity: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(factsArb, (raw) => {
        const facts: StageFacts = {
          ...raw,
          growth: raw.growth.map((g) => (g ? growth(g.rel || 0.01, g.change, g.breadth) : null)),
        };
        const result = relationshipStage(facts, rules);
        const holding = STAGE_RULES.filter((rule) => rule.holds(facts, rules));
        expect(holding.length).toBeGreaterThanOrEqual(1);
        expect(result.rule).toBe(holding[0]!.id);
        expect(result.stage).toBe(holding[0]!.stage);
        expect(result.caveats.length > 0).toBe(result.rule === 'steady');
      }),
    );
  });
});
