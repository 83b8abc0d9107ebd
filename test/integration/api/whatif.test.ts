/**
 * POST /api/whatif on the demo org (s, seed 1), against the real Neo4j: removing the planted broker cuts the
 * broker's department from IT (and everyone else), and a tie proposed by GET /api/introductions would keep it
 * connected without the broker. Viewers remove units only and see no person; unknown ids are a 422 naming them.
 */
import { describe, expect, it } from 'vitest';
import type { PersonGraph } from '../../../server/analytics/graphs.ts';
import { whatIf } from '../../../server/analytics/whatif/index.ts';
import type { IntroductionsAnswer } from '../../../server/schema/introductions.ts';
import type { WhatIfAnswer } from '../../../server/schema/whatif.ts';
import type { Caller } from './appHarness.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 1);

async function ask(remove: { people?: string[]; units?: string[] }, as: Caller = 'analyst') {
  return demo.app.call('/api/whatif', { as, json: { window: '90d', remove } });
}

async function answer(remove: { people?: string[]; units?: string[] }, as: Caller = 'analyst') {
  const res = await ask(remove, as);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as WhatIfAnswer;
}

const cuts = (a: WhatIfAnswer, x: string, y: string) =>
  a.disconnected.some((d) => d.reason === 'noPath' && [...d.units].sort().join() === [x, y].sort().join());

describe('POST /api/whatif on the demo org', () => {
  it('cuts the broker’s department from IT when the planted broker leaves', async () => {
    const { personId, departmentId, providerId } = demo.truth.broker;
    const result = await answer({ people: [personId] });
    expect(cuts(result, departmentId, providerId)).toBe(true);
    expect(result.cutTies.some((t) => t.units.includes(departmentId))).toBe(true);
    expect(result.removed.people!.map((p) => p.id)).toEqual([personId]);
    const department = result.units.find((u) => u.id === departmentId)!;
    expect(department.reach.after).toBeLessThan(department.reach.before);
    expect(result.betweenness!.length).toBeGreaterThan(0);
  });

  it('changes nothing when nobody leaves', async () => {
    const result = await answer({});
    expect(result.disconnected).toEqual([]);
    expect(result.units).toEqual([]);
    expect(result.singlePointsOfFailure).toEqual([]);
    expect(result.betweenness).toEqual([]);
  });

  it('keeps the department connected without the broker once a proposed introduction is made', async () => {
    const { personId, departmentId, providerId } = demo.truth.broker;
    const res = await demo.app.call(`/api/introductions?unit=${departmentId}&window=90d`, { as: 'analyst' });
    expect(res.status, await res.clone().text()).toBe(200);
    const intro = (await res.json()) as IntroductionsAnswer;
    expect(intro.situation.brokers.map((b) => b.person.id)).toContain(personId);
    const second = intro.introductions.find((i) =>
      i.effect.brokersRelieved.some(
        (r) => r.broker.id === personId && r.units.some((u) => u.id === providerId),
      ),
    )!;
    expect(second).toBeDefined();
    expect(second.a.unit).toBe(departmentId);
    // make the introduction in the window's graphs and ask again without the broker
    const analytics = await demo.app.deps.analytics.forWindow('90d', { need: 'network' });
    const persons = analytics.graphs.persons.copy() as PersonGraph;
    persons.addEdge(second.a.id, second.b.id, { weight: intro.typicalTieWeight, engagements: 1 });
    const removal = { people: [personId], units: [] };
    const isolation = analytics.network.isolation.config;
    const without = await whatIf({ ...analytics.graphs, persons }, { removal, isolation });
    expect(without.disconnected.some((d) => d.units.includes(departmentId) && d.reason === 'noPath')).toBe(
      false,
    );
    const asIs = await whatIf(analytics.graphs, { removal, isolation });
    expect(asIs.disconnected.some((d) => d.units.includes(departmentId) && d.reason === 'noPath')).toBe(true);
  });

  it('answers 422 naming the unknown people and units, and 400 for a malformed body', async () => {
    const res = await ask({ people: ['p-nobody', demo.truth.broker.personId], units: ['unit-nowhere'] });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { code: string; unknown: { people: string[]; units: string[] } };
    expect(problem.code).toBe('unknown_ids');
    expect(problem.unknown).toEqual({ people: ['p-nobody'], units: ['unit-nowhere'] });
    const malformed = await demo.app.call('/api/whatif', {
      as: 'analyst',
      json: { remove: { people: 'p-0001' }, extra: 1 },
    });
    expect(malformed.status).toBe(400);
  });
  it('lets viewers remove a unit, without people in the answer', async () => {
    const it = demo.truth.itProviderId;
    const result = await answer({ units: [it] }, 'viewer');
    expect(result.removed.units.map((u) => u.id)).toContain(it);
    expect(result.removed.people).toBeUndefined();
    expect(result.betweenness).toBeUndefined();
    expect(result.singlePointsOfFailure).toBeUndefined();
    expect(result.units.length).toBeGreaterThan(0);
    const refused = await ask({ people: [demo.truth.broker.personId] }, 'viewer');
    expect(refused.status).toBe(403);
  });
});
