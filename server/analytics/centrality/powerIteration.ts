/**
 * The power-iteration loop shared by eigenvector centrality and PageRank, with NetworkX's stopping rule:
 * stop when Σ_v |x_next(v) − x(v)| < n · tolerance, or after maxIterations (then converged = false).
 */

export interface PowerIterationOptions {
  tolerance: number;
  maxIterations: number;
}

export interface PowerIterationRun {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/** `step(x, next)` writes the next iterate into `next` (buffers are swapped, never reallocated). */
export function powerIterate(
  start: Float64Array,
  step: (x: Float64Array, next: Float64Array) => void,
  options: PowerIterationOptions,
): PowerIterationRun {
  let x: Float64Array = start;
  let next: Float64Array = new Float64Array(start.length);
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    step(x, next);
    let change = 0;
    for (let i = 0; i < x.length; i++) change += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (change < x.length * options.tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: options.maxIterations, converged: false };
}
