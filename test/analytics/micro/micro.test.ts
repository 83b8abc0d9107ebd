import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadence, microCycle, personPairs, promiseKeeping } from '../../../server/analytics/micro/index.ts';
import type { DyadRow } from '../../../server/analytics/projection/loadMicroDyads.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';

const DAY = 86_400_000;
const window = resolveWindow({ from: '2026-01-01', to: '2026-04-01' }, null);
const at = (day: number) => Date.parse('2026-01-01T00:00:00Z') + day * DAY;

function dyad(overrides: Partial<DyadRow>): DyadRow {
  return {
    a: 'p1',
    b: 'p2',
    unitA: 'sales',
    unitB: 'it',
    firstAt: at(-100),
    times: [at(10)],
    count: 1,
    durationMin: 30,
    negotiated: 0,
    initiatedByA: 1,
    initiatedByB: 0,
    kept: 0,
    late: 0,
    missed: 0,
    pending: 0,
    cycleDays: [],
    sentimentSum: 0,
    sentimentCount: 0,
    ...overrides,
  };
}

describe('micro cycle', () => {
  it('takes the median gap and the σ/μ of the gaps as cadence', () => {
    // days 0, 2, 3, 7 in any order: gaps 2, 1, 4 → median 2; μ = 7/3, σ = √(42/27)
    const result = cadence([at(7), at(0), at(3), at(2)]);
    expect(result.medianGapDays).toBe(2);
    expect(result.gapCv).toBeCloseTo(Math.sqrt(42 / 27) / (7 / 3), 12);
    expect(result.gaps).toBe(3);
    expect(cadence([at(1)])).toEqual({ medianGapDays: null, gapCv: null, gaps: 0 });
  });

  it('counts promises that came due, leaving pending ones out of the shares', () => {
    expect(promiseKeeping({ kept: 3, late: 1, missed: 1, pending: 2 })).toEqual({
      kept: 3,
      late: 1,
      missed: 1,
      pending: 2,
      due: 5,
      onTimeShare: 0.6,
      lateShare: 0.2,
      missedShare: 0.2,
    });
    expect(promiseKeeping({ kept: 0, late: 0, missed: 0 }).onTimeShare).toBeNull();
  });

  it('summarises a dyad: recency, tenure, β, negotiated share, cycle time and sentiment', () => {
    const row = dyad({
      times: [at(10), at(40), at(70), at(80)],
      count: 4,
      durationMin: 150,
      negotiated: 3,
      initiatedByA: 3,
      initiatedByB: 1,
      kept: 2,
      late: 1,
      cycleDays: [4, 10, 6],
      sentimentSum: 0.9,
      sentimentCount: 3,
    });
    const [d] = personPairs([row], window);
    // window end 2026-04-01 = day 90 from 2026-01-01
    expect(d!.recencyDays).toBe(10);
    expect(d!.tenureDays).toBe(190);
    expect(d!.initiation.beta).toBe(0.5); // (3 − 1) / 4
    expect(d!.negotiated.share).toBe(0.75);
    expect(d!.cycleTime).toEqual({ medianDays: 6, meanDays: 20 / 3, deliveries: 3 });
    expect(d!.sentiment.mean).toBeCloseTo(0.3, 12);
    expect(d!.cadence.medianGapDays).toBe(30); // gaps 30, 30, 10
    expect(d!.promises.onTimeShare).toBeCloseTo(2 / 3, 12);
  });

  it('rolls dyads up to unit pairs on the merged timeline, orienting β by unit id', () => {
    const rows = [
      dyad({
        a: 'p1',
        b: 'p2',
        unitA: 'sales',
        unitB: 'it',
        times: [at(0), at(20)],
        count: 2,
        initiatedByA: 2,
        initiatedByB: 0,
      }),
      // the other way round: p3 (it) is a, p4 (sales) is b; p4 started 1, p3 started 1
      dyad({
        a: 'p3',
        b: 'p4',
        unitA: 'it',
        unitB: 'sales',
        times: [at(5)],
        count: 1,
        initiatedByA: 1,
        initiatedByB: 1,
        firstAt: at(-300),
      }),
      dyad({ a: 'p5', b: 'p6', unitA: 'sales', unitB: 'sales', count: 7 }),
    ];
    const { unitPairs } = microCycle(rows, window);
    expect(unitPairs).toHaveLength(1);
    const pair = unitPairs[0]!;
    expect([pair.a, pair.b, pair.dyads, pair.peopleA, pair.peopleB, pair.count]).toEqual([
      'it',
      'sales',
      2,
      2,
      2,
      3,
    ]);
    // a = it: it started 1 (p3); b = sales: 2 (p1) + 1 (p4) → β = (1 − 3) / 4
    expect(pair.initiation).toEqual({ byA: 1, byB: 3, beta: -0.5 });
    expect(pair.cadence.medianGapDays).toBe(10); // merged days 0, 5, 20 → gaps 5, 15
    expect(pair.tenureDays).toBe(390);
  });

  it('keeps β within [−1, 1] and antisymmetric in the sides', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (x, y) => {
        const forward = personPairs([dyad({ initiatedByA: x, initiatedByB: y })], window)[0]!.initiation.beta;
        const backward = personPairs([dyad({ initiatedByA: y, initiatedByB: x })], window)[0]!.initiation
          .beta;
        if (x + y === 0) {
          expect(forward).toBeNull();
          return;
        }
        expect(Math.abs(forward!)).toBeLessThanOrEqual(1);
        expect(forward! + backward!).toBeCloseTo(0, 12);
      }),
    );
  });
});
