/**
 * POST and GET /api/actions on the tiny org (engagements 1 Sep – 2 Oct 2026): an analyst marks an action taken,
 * a token that names its person is recorded as the one who took it, and the list shows each action with what
 * followed, measured over the periods around the day it was taken. Viewers are refused; a bad body is a 400
 * naming the field; unknown units or people a 422 naming them, with nothing stored.
 */
import { describe, expect, it } from 'vitest';
import { TokenStore, sha256Hex } from '../../../server/auth/tokenStore.ts';
import { judge } from '../../../server/analytics/actions/measure.ts';
import type { ActionsAnswer, ActionRecord } from '../../../server/schema/actions.ts';
import { startTestApp } from './appHarness.ts';
import { useTinyApp } from './seed.ts';

const tiny = useTinyApp();
const REACH = { kind: 'action', metric: 'reach', units: ['sales'], takenAt: '2026-09-15' };

async function listed(query = ''): Promise<ActionsAnswer> {
  const res = await tiny.app.call(`/api/actions${query}`, { as: 'analyst' });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as ActionsAnswer;
}

describe('marking an action taken', () => {
  it('refuses viewers, bad bodies and unknown ids, storing nothing', async () => {
    expect((await tiny.app.call('/api/actions', { as: 'viewer', json: REACH })).status).toBe(403);
    expect((await tiny.app.call('/api/actions', { as: 'viewer' })).status).toBe(403);
    const lonely = await tiny.app.call('/api/actions', {
      as: 'analyst',
      json: { ...REACH, kind: 'introduction', people: ['p-ben'] },
    });
    expect(lonely.status).toBe(400);
    expect(JSON.stringify(await lonely.json())).toContain('people');
    const noRelationship = await tiny.app.call('/api/actions', {
      as: 'analyst',
      json: { ...REACH, metric: 'trust' },
    });
    expect(noRelationship.status).toBe(400);
    const unknown = await tiny.app.call('/api/actions', {
      as: 'analyst',
      json: { ...REACH, units: ['sales', 'nowhere'], kind: 'introduction', people: ['p-ben', 'p-ghost'] },
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      code: 'unknown_ids',
      unknown: { units: ['nowhere'], people: ['p-ghost'] },
    });
    expect((await listed()).actions).toEqual([]);
  });

  it('records who took it and lists it with what followed', async () => {
    const res = await tiny.app.call('/api/actions', { as: 'analyst', json: { ...REACH, note: 'CRM day' } });
    expect(res.status, await res.clone().text()).toBe(200);
    const { action } = (await res.json()) as { action: ActionRecord };
    expect(action).toMatchObject({
      kind: 'action',
      metric: 'reach',
      units: [{ id: 'sales', name: 'Sales' }],
      takenBy: { person: null, role: 'analyst' },
      note: 'CRM day',
    });
    // 18 days after (to the data's end, 3 Oct) against the 18 days before
    expect(action.effect).toMatchObject({
      status: 'measured',
      days: 18,
      periods: {
        before: { from: '2026-08-28', to: '2026-09-15' },
        after: { from: '2026-09-15', to: '2026-10-03' },
      },
    });
    const { before, after } = action.effect.values;
    expect(typeof before).toBe('number');
    expect(action.effect.direction).toBe(judge('reach', before, after).direction);
    expect(action.effect.caveat).toMatch(/not proof/);
    const all = await listed();
    expect(all.actions.map((a) => a.id)).toEqual([action.id]);
    expect((await listed('?unit=it')).actions).toEqual([]);
    expect((await listed('?unit=sales')).actions).toHaveLength(1);
  });

  it('names the person of a token that speaks for one, and lists actions on a relationship', async () => {
    const store = new TokenStore([
      { tokenSha256: sha256Hex('dora-token'), role: 'analyst', label: 'Dora', personId: 'p-dora' },
    ]);
    const app = await startTestApp(tiny.db, { tokens: store, privacy: { minGroupSize: 1 } });
    try {
      const res = await fetch(`${app.base}/api/actions`, {
        method: 'POST',
        headers: { authorization: 'Bearer dora-token', 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'introduction',
          metric: 'trust',
          relationship: { providerId: 'it', departmentId: 'sales' },
          people: ['p-ana', 'p-chen'],
          takenAt: '2026-10-01',
        }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const { action } = (await res.json()) as { action: ActionRecord };
      expect(action.takenBy).toEqual({ person: { id: 'p-dora', name: 'Dora Kim' }, role: 'analyst' });
      expect(action.people.map((p) => p.id)).toEqual(['p-ana', 'p-chen']);
      expect(action.effect.status).toBe('tooEarly'); // two days before the data's end
    } finally {
      await app.close();
    }
    const onRelationship = await listed('?providerId=it&departmentId=sales');
    expect(onRelationship.actions.map((a) => a.metric)).toEqual(['trust']);
    expect((await tiny.app.call('/api/actions?providerId=it', { as: 'analyst' })).status).toBe(400);
  });
});
