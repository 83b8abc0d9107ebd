/**
 * The relationship routes on the s demo org (seed 2): the dashboard finds the planted growing, declining,
 * order-taker and strategic-partner relationships; the timeline equals the engagements counted straight from
 * the generated data; micro and macro cycles page and guard person pairs.
 */
import { describe, expect, it } from 'vitest';
import type { RelationshipRow } from '../../../server/schema/relationships.ts';
import type { Caller } from './appHarness.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 2);

async function get<T>(path: string, as: Caller = 'viewer'): Promise<T> {
  const response = await demo.app.call(path, { as });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

interface Dashboard {
  window: { key: string; from: string; to: string };
  relationships: RelationshipRow[];
}
interface Timeline {
  window: { key: string; from: string; to: string };
  engagements: Array<{ at: string; promise: string | null; negotiated: boolean }>;
}

const find = (rows: RelationshipRow[], pair: { providerId: string; departmentId: string }) =>
  rows.find((r) => r.providerId === pair.providerId && r.departmentId === pair.departmentId)!;

describe('GET /api/relationships', () => {
  it('shows the planted relationships with their stage, balance and maturity', async () => {
    const { relationships } = await get<Dashboard>('/api/relationships', 'analyst');
    const t = demo.truth;
    expect(find(relationships, t.growingRelationship).stage?.stage).toBe('growing');
    expect(find(relationships, t.decliningRelationship).stage?.stage).toBe('declining');
    const orderTaker = find(relationships, t.orderTakerRelationship);
    expect(orderTaker.initiationBalance).toBeGreaterThan(0.8); // the business starts nearly everything
    expect(orderTaker.target).toBeGreaterThan(orderTaker.maturity.indicated.level!);
    expect(orderTaker.maturity.indicated.holdingBack.length).toBeGreaterThan(0);
    const partner = find(relationships, t.strategicPartnerRelationship);
    expect(partner.maturity.indicated.level).toBe(5);
    expect(partner.trust!.value).toBeGreaterThan(0.5);
    const dates = partner.series.map((p) => p.from);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives the timeline of a relationship as the generated data has it, promise by promise', async () => {
    const pair = demo.truth.promiseBreakingProvider;
    const { relationships, window } = await get<Dashboard>(`/api/relationships?unit=${pair}`, 'analyst');
    const { departmentId } = relationships[0]!;
    const timeline = await get<Timeline>(
      `/api/relationships/timeline?providerId=${pair}&departmentId=${departmentId}`,
      'analyst',
    );
    expect(timeline.window).toEqual(window);
    const expected = engagementsBetween(pair, departmentId, window);
    expect(timeline.engagements.map((e) => e.at).sort()).toEqual(expected.map((e) => e.at).sort());
    const missed = timeline.engagements.filter((e) => e.promise === 'missed' || e.promise === 'late').length;
    const kept = timeline.engagements.filter((e) => e.promise === 'kept').length;
    expect(missed).toBeGreaterThan(kept); // the planted promise breaker
  });

  it('leaves out, for viewers, relationships with a unit below the privacy floor', async () => {
    const [viewer, analyst] = [
      await get<Dashboard>('/api/relationships'),
      await get<Dashboard>('/api/relationships', 'analyst'),
    ];
    const people = await demo.app.call('/api/graph?level=unit', { as: 'analyst' });
    const members = new Map(
      ((await people.json()) as { nodes: Array<{ id: string; members: number }> }).nodes.map((n) => [
        n.id,
        n.members,
      ]),
    );
    const small = (r: RelationshipRow) => members.get(r.providerId)! < 5 || members.get(r.departmentId)! < 5;
    expect(viewer.relationships.length).toBe(analyst.relationships.filter((r) => !small(r)).length);
    expect(viewer.relationships.some(small)).toBe(false);
  });

  it('answers 404 for an unknown unit', async () => {
    const response = await demo.app.call('/api/relationships/timeline?providerId=nope&departmentId=nope', {
      as: 'analyst',
    });
    expect(response.status).toBe(404);
  });
});

describe('GET /api/micro and /api/macro', () => {
  it('pages unit pairs for viewers and keeps person pairs for analysts', async () => {
    const units = await get<{ pairs: Array<{ count: number }>; page: { total: number } }>(
      '/api/micro?limit=5',
    );
    expect(units.pairs.length).toBeLessThanOrEqual(5);
    const counts = units.pairs.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect((await demo.app.call('/api/micro?level=dyad', { as: 'viewer' })).status).toBe(403);
    const dyads = await get<{ pairs: Array<{ a: string; b: string }> }>('/api/micro?level=dyad', 'analyst');
    expect(dyads.pairs.length).toBeGreaterThan(0);
  });

  it('gives every unit pair a stage and a series', async () => {
    const macro = await get<{ relationships: Array<{ stage: { stage: string }; series: unknown[] }> }>(
      '/api/macro?limit=50',
    );
    expect(macro.relationships.length).toBeGreaterThan(0);
    for (const r of macro.relationships) expect(r.series.length).toBeGreaterThan(0);
  });
});

/** Engagements in the window with someone of the provider (or a sub-unit) and someone of the department. */
function engagementsBetween(providerId: string, departmentId: string, window: { from: string; to: string }) {
  const { bundle } = demo;
  const parent = new Map(bundle.units.map((u) => [u.id, u.parentId]));
  const underProvider = (unit: string | undefined): boolean =>
    unit === providerId || (unit !== undefined && underProvider(parent.get(unit)));
  const unitsOf = new Map<string, string[]>();
  for (const m of bundle.memberships) unitsOf.set(m.personId, [...(unitsOf.get(m.personId) ?? []), m.unitId]);
  const people = new Map<string, string[]>();
  for (const p of bundle.participants)
    people.set(p.engagementId, [...(people.get(p.engagementId) ?? []), p.personId]);
  return bundle.engagements.filter((e) => {
    if (e.at < window.from || e.at >= window.to) return false;
    const units = (people.get(e.id) ?? []).flatMap((p) => unitsOf.get(p) ?? []);
    return units.includes(departmentId) && units.some(underProvider);
  });
}
