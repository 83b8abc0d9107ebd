/** Reference values of test/fixtures/network (NetworkX 3.6 and scikit-learn) for the classic graphs. */
import fs from 'node:fs';

export interface NetworkFixture {
  source: string;
  partitions: Record<string, Record<string, string | number>>;
  expected: {
    modularity: Record<string, { weighted: number; weightedHalf: number; unweighted: number }>;
    constraint: Record<string, number | null>;
    constraintUnweighted: Record<string, number | null>;
    effectiveSize: Record<string, number | null>;
    effectiveSizeUnweighted: Record<string, number | null>;
    articulationPoints: string[];
    bridges: Array<[string, string]>;
  };
}

export interface NmiFixture {
  source: string;
  cases: Array<{
    name: string;
    a: Record<string, string | number>;
    b: Record<string, string | number>;
    expected: number;
  }>;
}

export function loadNetworkFixture<T = NetworkFixture>(name: string): T {
  const url = new URL(`../../fixtures/network/${name}.json`, import.meta.url);
  return JSON.parse(fs.readFileSync(url, 'utf8')) as T;
}
