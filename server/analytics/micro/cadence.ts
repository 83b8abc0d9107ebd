/**
 * Cadence of a dyad's (or unit pair's) one-on-ones (DESIGN §3.4): the median gap between consecutive
 * engagements and its regularity, the coefficient of variation of the gaps (σ/μ, population σ): 0 = like
 * clockwork, about 1 = as irregular as random (Poisson) arrivals, above 1 = bursty. The median resists the one
 * long holiday gap; the CV says how far to trust it.
 */
import { coefficientOfVariation, median } from '../statistics.ts';
import { DAY_MS } from '../periods.ts';

export interface Cadence {
  /** Median days between consecutive engagements; null with fewer than two engagements. */
  medianGapDays: number | null;
  /** σ/μ of the gaps; null with fewer than two gaps (or all at the same moment). */
  gapCv: number | null;
  /** Number of gaps the numbers rest on. */
  gaps: number;
}

/** `times` in epoch ms, in any order. */
export function cadence(times: readonly number[]): Cadence {
  const sorted = Float64Array.from(times).sort();
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) gaps.push((sorted[i]! - sorted[i - 1]!) / DAY_MS);
  return {
    medianGapDays: median(gaps),
    gapCv: gaps.length >= 2 ? coefficientOfVariation(gaps) : null,
    gaps: gaps.length,
  };
}
