/**
 * The relationships dashboard (server/views/relationshipsView.ts) on the tiny org of tinyOrg.ts, without
 * Neo4j: the privacy floor per relationship, the unit filter, and the series and β turned to the business
 * side (the pair's key is it|sales, so Sales, the department, is side B and gets swapped to the front).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import type { MacroRelationship, SeriesPoint } from '../../server/analytics/macro/index.ts';
import { relationshipsQuery } from '../../server/schema/relationships.ts';
import { orientedBeta, orientedSeries, relationshipsView } from '../../server/views/relationshipsView.ts';
import { tinyOrgAnalytics, viewer } from './tinyOrg.ts';

let analytics: WindowAnalytics;
beforeAll(async () => {
  analytics = await tinyOrgAnalytics();
});

const view = (role: 'viewer' | 'analyst', query: Record<string, unknown> = {}) =>
  relationshipsView(analytics, relationshipsQuery.parse(query), viewer(role));
const pairs = (answer: ReturnType<typeof view>) =>
  answer.relationships.map((r) => `${r.providerId}>${r.departmentId}`);

describe('relationships view', () => {
  it('leaves out a relationship with a unit under the floor for a viewer, and counts it', () => {
    const answer = view('viewer');
    expect(pairs(answer)).toEqual(['it>sales']);
    expect(answer.privacy).toEqual({ minGroupSize: 5, suppressedRelationships: 1 });
    const analyst = view('analyst');
    expect(pairs(analyst).sort()).toEqual(['it>legal', 'it>sales']);
    expect(analyst.privacy.suppressedRelationships).toBe(0);
  });

  it('keeps the relationships of one unit when asked', () => {
    expect(pairs(view('analyst', { unit: 'legal' }))).toEqual(['it>legal']);
    const floor = view('viewer', { unit: 'legal' });
    expect([pairs(floor), floor.privacy.suppressedRelationships]).toEqual([[], 1]);
  });

  it('names both sides, and turns β and the series to the business side', () => {
    const [row] = view('viewer').relationships;
    expect(row).toMatchObject({
      providerName: 'IT',
      departmentName: 'Sales',
      purpose: 'Sales systems',
      target: 3,
    });
    // IT started 1, Sales 5 of the window's 6: β(IT first) = (1 − 5) / 6; from Sales' side +2/3.
    expect(row!.initiationBalance).toBeCloseTo(2 / 3, 12);
    expect(row!.series.map((p) => [p.from.slice(0, 10), p.volume, p.breadthA, p.breadthB])).toEqual([
      ['2026-01-31', 2, 1, 1],
      ['2026-03-02', 4, 3, 2],
    ]);
  });
});

describe('orientation helpers', () => {
  const point = (period: number, breadthA: number, breadthB: number) =>
    ({ period, from: `p${period}`, to: '', volume: period, breadthA, breadthB }) as unknown as SeriesPoint;

  it('flips β unless the wanted unit is already side A, and keeps null', () => {
    const macro = { window: { beta: 0.25 } } as MacroRelationship;
    expect([orientedBeta(macro, true), orientedBeta(macro, false)]).toEqual([0.25, -0.25]);
    expect(orientedBeta(undefined, false)).toBeNull();
  });

  it('puts the oldest period first and swaps the breadths for side B', () => {
    const series = [point(0, 5, 1), point(2, 3, 0), point(1, 4, 2)];
    expect(orientedSeries(series, false).map((p) => [p.from, p.breadthA, p.breadthB])).toEqual([
      ['p2', 0, 3],
      ['p1', 2, 4],
      ['p0', 1, 5],
    ]);
  });
});
