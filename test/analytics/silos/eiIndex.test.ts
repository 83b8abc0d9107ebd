/** E-I index by hand on the small org, with its random-mixing baseline, nulls for no ties, and invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eiIndex } from '../../../server/analytics/silos/index.ts';
import { buildPersonGraph } from '../../../server/analytics/projection/buildGraphs.ts';
import { PEOPLE, smallOrg } from './smallOrg.ts';

const N = 13; // people in the small org

describe('E-I index', () => {
  const { persons, units } = smallOrg();
  const result = eiIndex(persons, { units });

  it('per person: (E − I) / (E + I) over tie weights, against ((N − n) − (n − 1)) / (N − 1)', () => {
    // s1: 2 inside (s2), 1 outside (i1); Sales has 4 of 13 people
    expect(result.people.s1).toEqual({
      value: (1 - 2) / 3,
      external: 1,
      internal: 2,
      baseline: (9 - 3) / 12,
      vsBaseline: -1 / 3 - 6 / 12,
    });
    expect(result.people.s4!.value).toBe(1);
  });

  it("per unit: members' tie ends summed, so an inside tie counts from both sides", () => {
    // Sales: inside s1–s2 (2) and s2–s3 (1), each counted twice = 6; outside 1 + 0.5 + 0.5 = 2
    expect(result.units.sales).toMatchObject({ members: 4, external: 2, internal: 6, value: (2 - 6) / 8 });
    expect(result.units.sales!.baseline).toBeCloseTo((9 - 3) / 12, 15);
    expect(result.units.legal).toMatchObject({ value: -1, external: 0, internal: 6 });
  });

  it("for a provider, also the client-facing E-I: ties to department people against its own staff's", () => {
    // IT: to Sales 1 + 0.5 (clients), inside i1–i2 twice = 2; D = 9 department people, n = 2
    expect(result.units.it!.clientFacing).toMatchObject({ external: 1.5, internal: 2, value: -0.5 / 3.5 });
    expect(result.units.it!.clientFacing!.baseline).toBeCloseTo((9 - 1) / (9 + 1), 15);
    expect(result.units.sales!.clientFacing).toBeUndefined();
  });

  it('whole organisation: every tie once, baseline from the possible outside and inside pairs', () => {
    // inside ties: s1s2 2, s2s3 1, i1i2 1, l1l2 3, o1o2 1, o2o3 1 = 9; outside: 1 + .5 + .5 + 1 = 3
    const insidePairs = 6 + 1 + 3 + 1 + 0 + 0; // C(4,2) + C(2,2) + C(3,2) + C(2,2) + desk + HR
    const allPairs = (N * (N - 1)) / 2;
    expect(result.organisation.value).toBeCloseTo((3 - 9) / 12, 15);
    expect(result.organisation.baseline).toBeCloseTo((allPairs - 2 * insidePairs) / allPairs, 15);
  });

  it('is null, never NaN, without ties; a unit without members has zeros and nulls', () => {
    const quiet = buildPersonGraph(PEOPLE, []);
    const none = eiIndex(quiet, { units });
    expect(none.people.s1).toMatchObject({ value: null, vsBaseline: null, external: 0, internal: 0 });
    expect(none.units.sales!.value).toBeNull();
    expect(none.organisation.value).toBeNull();
    expect(result.units.archive).toEqual({
      members: 0,
      value: null,
      external: 0,
      internal: 0,
      baseline: null,
      vsBaseline: null,
    });
  });

  it('counts ties instead of weights when asked', () => {
    const counted = eiIndex(persons, { weighted: false });
    expect(counted.units.sales).toMatchObject({ external: 3, internal: 4 });
  });

  it('stays within [−1, 1], with E-I − E-I* within [−2, 2], on random weights', () => {
    const { TIES } = smallOrgTies();
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
          minLength: TIES.length,
          maxLength: TIES.length,
        }),
        (weights) => {
          const graph = buildPersonGraph(
            PEOPLE,
            TIES.map((t, k) => ({ ...t, weight: weights[k]! })),
          );
          const values = eiIndex(graph);
          for (const v of [
            ...Object.values(values.people),
            ...Object.values(values.units),
            values.organisation,
          ]) {
            if (v.value !== null) expect(Math.abs(v.value)).toBeLessThanOrEqual(1);
            if (v.vsBaseline !== null) expect(Math.abs(v.vsBaseline)).toBeLessThanOrEqual(2);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

function smallOrgTies() {
  return {
    TIES: smallOrg().persons.mapEdges((_e, a, s, t) => ({ a: s, b: t, weight: a.weight, engagements: 1 })),
  };
}
