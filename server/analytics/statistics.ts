/**
 * The small statistics the engagement metrics share: mean, median, coefficient of variation and the
 * least-squares slope of a series against its index. Each returns null where it is undefined (an empty list,
 * a single point) rather than NaN, so a result never carries a number that means nothing.
 */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The middle value; for an even count the mean of the two middle values (as NumPy's median). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Population standard deviation over the mean (σ/μ): 0 for perfectly even values; null when μ is 0. */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const mu = mean(values);
  if (mu === null || mu === 0) return null;
  let squares = 0;
  for (const v of values) squares += (v - mu) ** 2;
  return Math.sqrt(squares / values.length) / mu;
}

/**
 * Ordinary least-squares slope of y against x = 0, 1, …, n − 1 (change per step):
 * b = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)². Null for fewer than two points.
 */
export function leastSquaresSlope(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = mean(values)!;
  let numerator = 0;
  let denominator = 0;
  for (let x = 0; x < n; x++) {
    numerator += (x - meanX) * (values[x]! - meanY);
    denominator += (x - meanX) ** 2;
  }
  return numerator / denominator;
}

/** A share a / b, or null when b is 0 (no evidence, not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
