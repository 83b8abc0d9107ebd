/**
 * The micro and macro cycles (server/views/cyclesView.ts) on the tiny org of tinyOrg.ts, without Neo4j. The
 * Sales–IT one-on-ones involve 5 people (s1, s2, s3 and i1, i2) and 3 + 2 + 1 = 6 engagements; IT–Legal's
 * involve 2 (i5, l1): under the floor of 5.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import { macroQuery, microQuery } from '../../server/schema/relationships.ts';
import { macroView, microView } from '../../server/views/cyclesView.ts';
import { tinyOrgAnalytics, viewer } from './tinyOrg.ts';

let analytics: WindowAnalytics;
beforeAll(async () => {
  analytics = await tinyOrgAnalytics();
});

const micro = (role: 'viewer' | 'analyst', query: Record<string, unknown> = {}) =>
  microView(analytics, microQuery.parse(query), viewer(role));

describe('micro cycle view', () => {
  it('shows a viewer only the unit pairs whose one-on-ones involve at least the floor of people', () => {
    const answer = micro('viewer');
    expect(answer.pairs.map((p) => [p.unitA, p.unitB, p.count, p.dyads])).toEqual([['it', 'sales', 6, 3]]);
    expect(answer.page).toEqual({ offset: 0, limit: 500, total: 1 });
    expect(micro('analyst').pairs.map((p) => [p.unitB, p.count])).toEqual([
      ['sales', 6],
      ['legal', 2],
    ]);
  });

  it('keeps the pairs of one unit when asked', () => {
    expect(micro('analyst', { unit: 'legal' }).pairs.map((p) => p.unitB)).toEqual(['legal']);
    expect(micro('viewer', { unit: 'legal' }).pairs).toEqual([]);
  });

  it('pages the person pairs, most active first, for analysts only', () => {
    const answer = micro('analyst', { level: 'dyad', offset: 1, limit: 2 });
    expect(answer.pairs.map((p) => [`${p.a}-${p.b}`, p.count])).toEqual([
      ['i1-s2', 2],
      ['i5-l1', 2],
    ]);
    expect(answer.page).toEqual({ offset: 1, limit: 2, total: 4 });
    expect(() => micro('viewer', { level: 'dyad' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe('macro cycle view', () => {
  const macro = (role: 'viewer' | 'analyst') => macroView(analytics, macroQuery.parse({}), viewer(role));

  it('ranks relationships by volume and leaves out those with a unit under the floor for a viewer', () => {
    expect(macro('viewer').relationships.map((r) => `${r.a}|${r.b}`)).toEqual(['it|sales']);
    expect(macro('viewer').page.total).toBe(1);
    expect(macro('analyst').relationships.map((r) => `${r.a}|${r.b}`)).toEqual(['it|sales', 'it|legal']);
  });

  it('gives β and the series with side A (the pair key’s first unit) first, oldest period first', () => {
    const [sales] = macro('viewer').relationships;
    expect(sales!.initiationBalance).toBeCloseTo(-2 / 3, 12);
    expect(sales!.series.map((p) => [p.volume, p.breadthA, p.breadthB])).toEqual([
      [2, 1, 1],
      [4, 2, 3],
    ]);
  });
});
