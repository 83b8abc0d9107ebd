import { describe, expect, it } from 'vitest';
import { findRelationship, macroCycle } from '../../../server/analytics/macro/index.ts';
import type { RelationshipHistory } from '../../../server/analytics/projection/loadRelationshipPeriods.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';
import { periodFacts as facts } from '../support/periodFacts.ts';

const DAY = 86_400_000;
const window = resolveWindow({ from: '2026-01-01', to: '2026-04-01' }, null); // 90 days = 3 periods

// A relationship that began 8 periods before the window end and grows by 2 engagements a period, with one
// quiet period (5). Breadth rises too.
const volumes = [2, 4, 0, 8, 10, 12, 14, 16]; // periods 7..0
const history: RelationshipHistory = {
  a: 'finance',
  b: 'sales',
  firstAt: window.to.getTime() - 235 * DAY,
  lastAt: window.to.getTime() - 1 * DAY,
  medianGapDays: 2,
  periods: volumes
    .map((volume, i) =>
      facts(7 - i, {
        volume,
        peopleA: volume / 2,
        peopleB: volume / 2 + (i > 4 ? 1 : 0),
        meeting: volume,
        manyOnOne: i === 7 ? 4 : 0,
        support: i === 7 ? 1 : 0,
        initiatedByA: volume / 2,
        initiatedByB: volume / 2,
      }),
    )
    .filter((p) => p.volume > 0),
};

describe('macro cycle', () => {
  const result = macroCycle([history], window);
  const relationship = findRelationship(result, 'sales', 'finance')!;

  it('fills quiet periods with zeros from the first active period to the window end', () => {
    expect(relationship.series.map((p) => p.volume)).toEqual(volumes);
    expect(relationship.series.map((p) => p.period)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(relationship.series.at(-1)!.to).toBe('2026-04-01T00:00:00.000Z');
    expect(relationship.series.at(-1)!.from).toBe('2026-03-02T00:00:00.000Z');
  });

  it('summarises the window: volume, breadth per period, many-on-one share and multiplexity', () => {
    // periods 0..2: volumes 16, 14, 12; breadth a = 8 + 7 + 6, b = 9 + 8 + 7
    expect(relationship.window).toMatchObject({
      periods: 3,
      volume: 42,
      breadthA: 7,
      breadthB: 8,
      multiplexity: 2,
    });
    expect(relationship.window.manyOnOneShare).toBeCloseTo(4 / 42, 12);
    expect(relationship.window.beta).toBe(0);
  });

  it('measures continuity since the first contact when the relationship is younger than the span', () => {
    expect(relationship.continuity).toEqual({ share: 7 / 8, active: 7, periods: 8 });
  });

  it('finds the growth by hand and calls the relationship growing', () => {
    // trailing 6 periods (5..0): 0, 8, 10, 12, 14, 16 → x̄ = 2.5, ȳ = 10, Σ(x − x̄)² = 17.5
    const y = [0, 8, 10, 12, 14, 16];
    const slope = y.reduce((s, v, x) => s + (x - 2.5) * (v - 10), 0) / 17.5;
    expect(relationship.growth[0]!.volumeSlope).toBeCloseTo(slope, 12);
    expect(relationship.growth[0]!.volumeRelative).toBeCloseTo(slope / 10, 12);
    expect(relationship.stage.stage).toBe('growing');
    expect(relationship.stage.because).toContain('breadth');
  });

  it('reports the options it used', () => {
    expect(result.options.windowPeriods).toBe(3);
    expect(result.options.rules.trailingPeriods).toBe(6);
  });
});
