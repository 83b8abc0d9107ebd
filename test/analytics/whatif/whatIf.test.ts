/**
 * What if someone leaves (server/analytics/whatif): properties on random small orgs and a hand-sized case whose
 * answer is worked out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../server/analytics/centrality/index.ts';
import { DEFAULT_ISOLATION_CONFIG, type SiloGraphs } from '../../../server/analytics/silos/index.ts';
import { whatIf, type WhatIfInput } from '../../../server/analytics/whatif/index.ts';
import { smallOrg } from '../silos/smallOrg.ts';
import { loner, orgOf, orgShape } from './randomOrg.ts';

async function ask(graphs: SiloGraphs, removal: WhatIfInput['removal']) {
  const before = (await betweenness(graphs.persons)).values;
  return whatIf(graphs, { removal, betweenness: before, isolation: DEFAULT_ISOLATION_CONFIG });
}

describe('what if', () => {
  it('changes nothing when nobody is removed', async () => {
    await fc.assert(
      fc.asyncProperty(orgShape, async (shape) => {
        const result = await ask(orgOf(shape), { people: [], units: [] });
        expect(result.removed).toEqual({ people: [], units: [] });
        expect(result.disconnected).toEqual([]);
        expect(result.cutTies).toEqual([]);
        expect(result.units).toEqual([]);
        expect(result.newSinglePointsOfFailure).toEqual([]);
        expect(result.betweennessRises).toEqual([]);
      }),
      { seed: 12, numRuns: 60 },
    );
  });

  it('disconnects nothing when the person removed has no tie', async () => {
    await fc.assert(
      fc.asyncProperty(orgShape, fc.constantFrom('d1', 'd2', 'it', 'hr'), async (shape, unit) => {
        const result = await ask(orgOf(shape, [loner('alone', unit)]), { people: ['alone'], units: [] });
        expect(result.removed.people).toEqual(['alone']);
        expect(result.disconnected).toEqual([]);
        expect(result.newSinglePointsOfFailure).toEqual([]);
      }),
      { seed: 1212, numRuns: 60 },
    );
  });

  it('cuts the unit pairs a broker alone held together, and names who carries the load', async () => {
    // Operations reaches HR only through o1; Sales reaches IT through s1 (to i1) and s3 (to i2)
    const result = await ask(smallOrg(), { people: ['o1'], units: [] });
    expect(result.disconnected).toEqual([{ units: ['hr', 'ops'], reason: 'noPath', tiesBefore: 1 }]);
    expect(result.cutTies).toEqual([['hr', 'ops']]);
    const ops = result.units.find((u) => u.unit === 'ops')!;
    expect(ops.reach).toEqual({ before: 1, after: 0 });
    expect(ops.members).toEqual({ before: 3, after: 2 });
    expect(result.units.find((u) => u.unit === 'sales')).toBeUndefined();
  });

  it('turns the other bridge into a single point of failure and puts the load on it', async () => {
    // Sales (p0, p1) and IT (p2, p3) are joined by two people of Ops: p4 (p0–p4–p2) and p5 (p1–p5–p3)
    const shape = {
      units: [0, 0, 3, 3, 2, 2],
      ties: [
        [0, 1, 1],
        [2, 3, 1],
        [0, 4, 1],
        [4, 2, 1],
        [1, 5, 1],
        [5, 3, 1],
      ] as Array<[number, number, number]>,
      brm: null,
    };
    const result = await ask(orgOf(shape), { people: ['p5'], units: [] });
    // the chain p1–p0–p4–p2–p3 is left: each inner link alone joins Sales to IT
    expect(result.newSinglePointsOfFailure.map((p) => p.person).sort()).toEqual(['p0', 'p2', 'p4']);
    // p4 carried p0–p2 and shared the two-way pairs with p5; now it carries all four Sales–IT pairs
    const p4 = result.betweennessRises.find((r) => r.person === 'p4')!;
    expect(p4.after).toBeCloseTo(4, 9);
    expect(p4.rise).toBeGreaterThan(1);
    expect(result.disconnected).toEqual([]);
  });

  it('removes every member of a unit and its sub-units, and reports ids it does not know', async () => {
    const result = await ask(smallOrg(), { people: [], units: ['it'] });
    expect(result.removed).toEqual({ people: ['d1', 'i1', 'i2'], units: ['it', 'it-desk'] });
    // Sales loses its BRM (i2) and every provider it engaged
    const sales = result.units.find((u) => u.unit === 'sales')!;
    expect(sales.providersEngaged).toEqual({ before: 1, after: 0 });
    const unknown = await ask(smallOrg(), { people: ['nobody'], units: ['nowhere', 'legal'] });
    expect(unknown.unknown).toEqual({ people: ['nobody'], units: ['nowhere'] });
  });
});
