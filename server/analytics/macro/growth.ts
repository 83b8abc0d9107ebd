/**
 * Growth of a relationship (DESIGN §3.5): the least-squares slope of volume and of breadth per period over the
 * trailing periods that end at a given period (0 = the window end), and the same slopes relative to the mean of
 * those periods. Only periods since the relationship's first contact count, so a young relationship does not
 * look as if it grew from the empty months before it existed.
 */
import { leastSquaresSlope, mean } from '../statistics.ts';
import type { SeriesPoint } from './series.ts';

export interface Growth {
  /** Newest period of the span (0 = the window end) and how many periods it holds. */
  endPeriod: number;
  periods: number;
  meanVolume: number;
  volumeSlope: number;
  /** volumeSlope / meanVolume; null when the span had no engagement. */
  volumeRelative: number | null;
  meanBreadth: number;
  breadthSlope: number;
  breadthRelative: number | null;
}

/** `series` oldest first, as relationshipSeries gives it. Null when fewer than two periods are available. */
export function growthAt(series: readonly SeriesPoint[], endPeriod: number, trailing: number): Growth | null {
  const span = series.filter((p) => p.period >= endPeriod && p.period < endPeriod + trailing);
  if (span.length < 2) return null;
  const volumes = span.map((p) => p.volume);
  const breadths = span.map((p) => p.breadth);
  const [meanVolume, meanBreadth] = [mean(volumes)!, mean(breadths)!];
  const [volumeSlope, breadthSlope] = [leastSquaresSlope(volumes)!, leastSquaresSlope(breadths)!];
  return {
    endPeriod,
    periods: span.length,
    meanVolume,
    volumeSlope,
    volumeRelative: meanVolume > 0 ? volumeSlope / meanVolume : null,
    meanBreadth,
    breadthSlope,
    breadthRelative: meanBreadth > 0 ? breadthSlope / meanBreadth : null,
  };
}
