/** GET /api/centrality, /api/communities and /api/brokers on the s demo org, checked against /api/graph. */
import { describe, expect, it } from 'vitest';
import type { Caller } from './appHarness.ts';
import { graphAnswer, useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 7, { privacy: { minGroupSize: 12 } });

async function get<T>(path: string, as: Caller = 'analyst'): Promise<T> {
  const response = await demo.app.call(path, { as });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

interface Ranking {
  ranking: Array<{ rank: number; id: string; value: number }>;
  nodes: number;
}
interface Communities {
  count: number;
  communities: Array<{ id: number; size: number; units: Array<{ unit: string; members: number }> }>;
}
interface Brokers {
  people: Array<{ id: string; brokerage: { total: number }; singlePointOfFailure: string | null }>;
}

describe('network rankings', () => {
  it('ranks units by a centrality with the values the graph carries', async () => {
    const ranking = await get<Ranking>('/api/centrality?level=unit&metric=pagerank&top=500', 'viewer');
    const graph = await graphAnswer(demo.app, 'level=unit', 'viewer');
    expect(ranking.ranking.length).toBe(graph.nodes.length);
    const values = ranking.ranking.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const row of ranking.ranking)
      expect(row.value).toBe(graph.nodes.find((n) => n.id === row.id)!.metrics.pagerank);
  });

  it('ranks people for analysts only', async () => {
    expect((await demo.app.call('/api/centrality?level=person', { as: 'viewer' })).status).toBe(403);
    const ranking = await get<Ranking>('/api/centrality?level=person&metric=betweenness&top=10');
    expect(ranking.ranking).toHaveLength(10);
  });

  it('lists communities whose unit make-up adds up to their size, and hides small groups from viewers', async () => {
    const analyst = await get<Communities>('/api/communities');
    const people = await graphAnswer(demo.app, 'level=person&limit=20000');
    expect(analyst.communities.reduce((sum, c) => sum + c.size, 0)).toBe(people.nodes.length);
    for (const c of analyst.communities) expect(c.units.reduce((s, u) => s + u.members, 0)).toBe(c.size);
    const viewer = await get<Communities>('/api/communities', 'viewer');
    for (const c of viewer.communities) {
      expect(c.size).toBeGreaterThanOrEqual(12);
      for (const u of c.units) expect(u.members).toBeGreaterThanOrEqual(12);
    }
  });

  it('ranks brokers by Gould–Fernandez roles and marks the planted broker as a single point of failure', async () => {
    expect((await demo.app.call('/api/brokers', { as: 'viewer' })).status).toBe(403);
    const brokers = await get<Brokers>('/api/brokers?top=1000');
    const totals = brokers.people.map((p) => p.brokerage.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const broker = brokers.people.find((p) => p.id === demo.truth.broker.personId)!;
    expect(broker.singlePointOfFailure).toMatch(/^Single point of failure/);
  });
});
