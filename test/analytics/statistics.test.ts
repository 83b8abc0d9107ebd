import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coefficientOfVariation,
  leastSquaresSlope,
  mean,
  median,
  share,
} from '../../server/analytics/statistics.ts';

describe('statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it('fits the least-squares slope by hand', () => {
    // x = 0..3, y = 1, 3, 2, 6: x̄ = 1.5, ȳ = 3; Σ(x−x̄)(y−ȳ) = (−1.5)(−2) + (−0.5)(0) + (0.5)(−1) + (1.5)(3) = 7;
    // Σ(x−x̄)² = 5 → 7/5
    expect(leastSquaresSlope([1, 3, 2, 6])).toBeCloseTo(1.4, 12);
    expect(leastSquaresSlope([7])).toBeNull();
  });

  it('gives the coefficient of variation with the population σ', () => {
    // 2, 4, 6: μ = 4, σ² = (4 + 0 + 4)/3
    expect(coefficientOfVariation([2, 4, 6])).toBeCloseTo(Math.sqrt(8 / 3) / 4, 12);
    expect(coefficientOfVariation([0, 0])).toBeNull();
    expect(mean([])).toBeNull();
    expect(share(1, 0)).toBeNull();
  });

  it('a slope of a linear series is its step, whatever the offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (n, offset, step) => {
          const series = Array.from({ length: n }, (_, x) => offset + step * x);
          expect(leastSquaresSlope(series)).toBeCloseTo(step, 6);
        },
      ),
    );
  });
});
