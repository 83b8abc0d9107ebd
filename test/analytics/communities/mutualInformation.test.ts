/** NMI (arithmetic normalisation) against scikit-learn and a hand computation. */
import { describe, expect, it } from 'vitest';
import { normalisedMutualInformation } from '../../../server/analytics/communities/index.ts';
import { loadNetworkFixture, type NmiFixture } from './networkFixtures.ts';

const labels = (values: Array<string | number>) =>
  Object.fromEntries(values.map((value, i) => [`n${i}`, value]));

describe('normalised mutual information', () => {
  const fixture = loadNetworkFixture<NmiFixture>('nmi');

  it.each(fixture.cases.map((c) => [c.name, c] as const))('matches scikit-learn: %s', (_name, c) => {
    expect(normalisedMutualInformation(c.a, c.b).value).toBeCloseTo(c.expected, 12);
    expect(normalisedMutualInformation(c.b, c.a).value).toBeCloseTo(c.expected, 12);
  });

  it('matches a hand computation on four nodes', () => {
    // A = {n0, n1 | n2, n3}, B = {n0 | n1, n2, n3}: cells (a0,b0) = 1, (a0,b1) = 1, (a1,b1) = 2 of n = 4
    const mutual = 0.25 * Math.log(2) + 0.25 * Math.log(2 / 3) + 0.5 * Math.log(4 / 3);
    const entropyA = Math.log(2);
    const entropyB = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
    const result = normalisedMutualInformation(labels([0, 0, 1, 1]), labels(['x', 'y', 'y', 'y']));
    expect(result.value).toBeCloseTo(mutual / ((entropyA + entropyB) / 2), 15);
    expect(result.value).toBeCloseTo(0.34371101848545077, 14); // sklearn's answer for the same labels
    expect(result.inputs).toMatchObject({ nodes: 4, groupsA: 2, groupsB: 2 });
  });

  it('is 1 for the same grouping under other labels, 0 for independent groupings', () => {
    expect(normalisedMutualInformation(labels([0, 0, 1, 2]), labels(['b', 'b', 'a', 'c'])).value).toBe(1);
    expect(normalisedMutualInformation(labels([0, 0, 1, 1]), labels([0, 1, 0, 1])).value).toBeCloseTo(0, 15);
    expect(normalisedMutualInformation(labels([0, 0, 0]), labels([5, 5, 5])).value).toBe(1);
    expect(normalisedMutualInformation(labels([0, 0, 0]), labels([1, 2, 3])).value).toBe(0);
  });

  it('compares the nodes labelled in both and says how many were left out; null when none', () => {
    const result = normalisedMutualInformation({ a: 1, b: 1, c: 2 }, { b: 'x', c: 'y', d: 'z' });
    expect(result.value).toBe(1);
    expect(result.inputs).toMatchObject({ nodes: 2, onlyInA: 1, onlyInB: 1 });
    expect(normalisedMutualInformation({ a: 1 }, { b: 1 }).value).toBeNull();
  });
});
