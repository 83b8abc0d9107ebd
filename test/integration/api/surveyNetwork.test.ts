/**
 * `network=survey` on the rankings and groups (GET /api/centrality, /api/brokers, /api/communities) on the s demo
 * org, whose survey plants an advice hub (seed/survey.ts): named by many, engaged like anyone else. The survey
 * network ranks the hub first, the behavioural one does not; roles, the privacy floor and the answer cache hold
 * for either network, and every answer says which network it describes.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { brokersAnswer, centralityAnswer, communitiesAnswer } from '../../../server/schema/network.ts';
import type { Caller } from './appHarness.ts';
import { useDemoApp } from './demoApp.ts';

const FLOOR = 5;
const demo = useDemoApp('s', 1, { privacy: { minGroupSize: FLOOR } });

type Centrality = z.infer<typeof centralityAnswer>;
type Brokers = z.infer<typeof brokersAnswer>;
type Communities = z.infer<typeof communitiesAnswer>;

async function get<T>(path: string, as: Caller = 'analyst'): Promise<T> {
  const response = await demo.app.call(path, { as });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

const hub = () => demo.truth.adviceHub.personId;

describe('network=survey on the rankings', () => {
  it('ranks the advice hub first by survey centrality, and not near the top by behaviour', async () => {
    const path = '/api/centrality?level=person&metric=strength&top=1000';
    const said = await get<Centrality>(`${path}&network=survey`);
    expect(said.network).toBe('survey');
    expect(said.ranking[0]!.id).toBe(hub());
    const done = await get<Centrality>(path);
    expect(done.network).toBe('behaviour');
    expect(done.ranking.findIndex((row) => row.id === hub())).toBeGreaterThanOrEqual(10);
    const inDegree = await get<Centrality>(`${path.replace('strength', 'degree')}&network=survey`);
    expect(inDegree.ranking[0]!.id).toBe(hub());
  });

  it('ranks the advice hub first among the survey brokers, and not near the top of the behavioural ones', async () => {
    const said = await get<Brokers>('/api/brokers?network=survey&top=1000');
    expect(said.network).toBe('survey');
    expect(said.people[0]!.id).toBe(hub());
    expect(said.people[0]!.brokerage.total).toBeGreaterThan(said.people[1]!.brokerage.total);
    const done = await get<Brokers>('/api/brokers?top=1000');
    expect(done.network).toBe('behaviour');
    const rank = done.people.findIndex((person) => person.id === hub());
    expect(rank === -1 || rank >= 10, `behavioural broker rank ${rank}`).toBe(true);
  });

  it('finds the communities of the survey network, those the engine finds in it, not the engagements’', async () => {
    const said = await get<Communities>('/api/communities?network=survey');
    const done = await get<Communities>('/api/communities');
    expect([said.network, done.network]).toEqual(['survey', 'behaviour']);
    const engine = demo.app.deps.analytics;
    const survey = await engine.forWindow('90d', { network: 'survey', need: 'network' });
    expect(said.count).toBe(survey.network.communities.count);
    expect(said.modularity).toBe(survey.network.communities.modularity);
    expect(said.count).not.toBe(done.count);
    const people = demo.bundle.people.length; // the same roster: every person is in one community of either
    expect(said.communities.reduce((sum, c) => sum + c.size, 0)).toBe(people);
  });
});

describe('network=survey keeps the rules', () => {
  it('keeps the privacy floor for viewers: no community or unit group below it', async () => {
    const viewer = await get<Communities>('/api/communities?network=survey', 'viewer');
    const analyst = await get<Communities>('/api/communities?network=survey');
    expect(viewer.privacy.suppressedCommunities).toBeGreaterThan(0); // the survey leaves many alone
    expect(viewer.communities.length).toBe(analyst.communities.length - viewer.privacy.suppressedCommunities);
    for (const community of viewer.communities) {
      expect(community.size).toBeGreaterThanOrEqual(FLOOR);
      for (const unit of community.units) expect(unit.members).toBeGreaterThanOrEqual(FLOOR);
    }
    const units = await get<Centrality>('/api/centrality?level=unit&network=survey&top=1000', 'viewer');
    const unitsBehaviour = await get<Centrality>('/api/centrality?level=unit&top=1000', 'viewer');
    expect(units.ranking.map((row) => row.id).sort()).toEqual(
      unitsBehaviour.ranking.map((row) => row.id).sort(),
    );
  });

  it('keeps people from viewers', async () => {
    for (const path of ['/api/brokers?network=survey', '/api/centrality?level=person&network=survey']) {
      const response = await demo.app.call(path, { as: 'viewer' });
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'forbidden' });
    }
  });

  it('caches each network’s answer apart, and refuses an unknown network by name', async () => {
    for (const route of ['/api/centrality', '/api/brokers', '/api/communities']) {
      const tags = [];
      for (const query of ['', '?network=survey', '?network=behaviour', '?network=survey']) {
        const response = await demo.app.call(`${route}${query}`, { as: 'analyst' });
        expect(response.status).toBe(200);
        await response.arrayBuffer();
        tags.push(response.headers.get('etag'));
      }
      expect(tags[0], route).not.toBe(tags[1]);
      expect([tags[2], tags[3]], route).toEqual([tags[0], tags[1]]); // the default is behaviour
      const unknown = await demo.app.call(`${route}?network=gossip`, { as: 'analyst' });
      expect(unknown.status, route).toBe(400);
      expect(JSON.stringify(await unknown.json())).toContain('query.network');
    }
  });
});
