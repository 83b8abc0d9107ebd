/**
 * The silos answer (server/views/silosView.ts) on the tiny org of tinyOrg.ts, without Neo4j. By hand, with E
 * and I each unit's tie weight out and in (a tie inside counts from both ends): Sales E 2, I 10, E-I −2/3;
 * IT E 3, I 10, E-I −7/13; random mixing for 5 of 12 people (12 − 5 − 4) / 11 = 3/11. Organisation: E 3,
 * I 11, E-I −4/7; random mixing from 45 outside and 21 inside pairs, (45 − 21) / 66 = 4/11.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import { silosView } from '../../server/views/silosView.ts';
import { tinyOrgAnalytics, viewer } from './tinyOrg.ts';

let analytics: WindowAnalytics;
beforeAll(async () => {
  analytics = await tinyOrgAnalytics();
});

describe('silos view', () => {
  it('ranks the units, flagged first, and leaves a unit under the floor out for a viewer', () => {
    const answer = silosView(analytics, viewer('viewer'));
    expect(answer.units.map((unit) => [unit.rank, unit.id, unit.flagged])).toEqual([
      [1, 'sales', true],
      [2, 'it', false],
    ]);
    expect(answer.privacy).toEqual({ minGroupSize: 5, suppressedUnits: 1 });
    const analyst = silosView(analytics, viewer('analyst'));
    expect(analyst.units.map((unit) => unit.id).sort()).toEqual(['it', 'legal', 'sales']);
    expect(analyst.privacy.suppressedUnits).toBe(0);
  });

  it('gives each rule its number, threshold, outcome and reason', () => {
    const sales = silosView(analytics, viewer('viewer')).units[0]!;
    expect(sales.checks.map((c) => [c.rule, c.fired, c.value, c.threshold])).toEqual([
      ['ei', true, -2 / 3, -0.5],
      ['eiVsBaseline', false, -2 / 3 - 3 / 11, -1.5],
      ['reach', true, 1, 2],
      ['inwardMembers', true, 0.8, 0.8],
      ['providers', true, 1, 1],
      ['noBrm', false, true, true],
    ]);
    expect(sales.checks[0]!.reason).toBe('E-I index -0.67 is below -0.5');
    expect(sales.checks[1]!.reason).toBe('E-I is -0.94 from random mixing, below -1.5');
    expect(sales.ei).toMatchObject({ external: 2, internal: 10, members: 5 });
    expect(sales.ei.baseline).toBeCloseTo(3 / 11, 12);
    expect(sales.coverage).toEqual({ providersEngaged: 1, providers: 1, notEngaged: [], hasBrm: true });
    expect(sales.reason).toMatch(/^Isolated: E-I index -0\.67 is below -0\.5; /);
    const it = silosView(analytics, viewer('viewer')).units[1]!;
    expect(it.reason).toBeNull();
    expect(it.checks.filter((c) => c.fired).map((c) => c.rule)).toEqual(['ei', 'reach']);
    expect(it.ei.value).toBeCloseTo(-7 / 13, 12);
  });

  it('states the organisation’s E-I against random mixing', () => {
    const { ei } = silosView(analytics, viewer('viewer')).organisation;
    expect(ei).toMatchObject({ external: 3, internal: 11 });
    expect(ei.value).toBeCloseTo(-4 / 7, 12);
    expect(ei.baseline).toBeCloseTo(4 / 11, 12);
  });

  it('names no one to a viewer and drops the separations that only cut off a unit under the floor', () => {
    const { singlePointsOfFailure: spof } = silosView(analytics, viewer('viewer'));
    // i5 and l1 only cut Legal off, and the ties i5–l1 and l1–l2 too: nothing left to show a viewer.
    expect(spof.people.map((s) => [s.units, s.groups, s.unitPairs])).toEqual([
      [['it'], [{ units: ['sales'], cutFrom: ['it'] }], 1],
      [['sales'], [{ units: ['sales'], cutFrom: ['it'] }], 1],
    ]);
    expect(spof.people.every((s) => !('people' in s))).toBe(true);
    expect(spof.ties.map((s) => [[...s.units].sort(), s.reason])).toEqual([
      [['it', 'sales'], 'Single point of failure: without this tie, Sales no longer reaches IT.'],
    ]);
    expect(JSON.stringify(spof)).not.toMatch(/legal|Legal|Person/);
    expect([spof.articulationPoints, spof.bridges]).toEqual([4, 3]);
  });

  it('shows an analyst every single point of failure with the person’s name', () => {
    const { singlePointsOfFailure: spof } = silosView(analytics, viewer('analyst'));
    expect(spof.people.map((s) => s.people?.map((p) => p.id)[0]).sort()).toEqual(['i1', 'i5', 'l1', 's1']);
    const i1 = spof.people.find((s) => s.people?.[0]?.id === 'i1')!;
    expect(i1.people).toEqual([{ id: 'i1', name: 'Person i1' }]);
    expect(i1.groups).toEqual([{ units: ['sales'], cutFrom: ['it', 'legal'] }]);
    expect(i1.unitPairs).toBe(2);
    // Of the three bridges, l1–l2 cuts no unit pair: without it Legal still reaches the rest through l1.
    expect(spof.ties.map((s) => s.people?.map((p) => p.id).sort())).toEqual([
      ['i1', 's1'],
      ['i5', 'l1'],
    ]);
  });

  it('names no unit under the floor to a viewer in any field, and shows it to an analyst', () => {
    const seen = silosView(analytics, viewer('viewer'));
    expect(JSON.stringify(seen)).not.toMatch(/legal|Legal/);
    const it = silosView(analytics, viewer('analyst')).units.find((unit) => unit.id === 'it')!;
    expect(it.reachedUnits).toContain('legal');
  });
});
