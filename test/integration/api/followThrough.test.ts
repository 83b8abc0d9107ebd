/**
 * Follow-through on the demo org (s, seed 1): the introduction the generator planted a week before the growing
 * relationship's trend months (ground truth `followedAction`), marked taken by its BRM over POST /api/actions,
 * shows the stage it aimed at moving the right way in that BRM's later digests ("Actions you took and what
 * followed", with the caveat) and in GET /api/actions, the tie's engagements per 30 days rising with it; the
 * an action on the planted declining relationship in its falling months reads worse.
 */
import { describe, expect, it } from 'vitest';
import type { ActionRecord, ActionsAnswer } from '../../../server/schema/actions.ts';
import type { DigestAnswer } from '../../../server/schema/digest.ts';
import { generateOrg } from '../../../seed/generate.ts';
import { useDigestApp } from '../../support/digestOrg.ts';

const planted = generateOrg({ size: 's', seed: 1 }).groundTruth.followedAction;
const TOKEN = 'follow-through-brm-token';
const fixture = useDigestApp(() => [{ token: TOKEN, role: 'analyst', personId: planted.takenBy! }]);

const call = (path: string, body?: unknown) =>
  fetch(`${fixture.app.base}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

describe('follow-through on the planted introduction', () => {
  it('shows the stage it aimed at moving the right way in the BRM’s later digests', async () => {
    expect(fixture.org.groundTruth.followedAction).toEqual(planted);
    const { takenBy, expected, ...body } = planted;
    const res = await call('/api/actions', body);
    expect(res.status, await res.clone().text()).toBe(200);
    const { action } = (await res.json()) as { action: ActionRecord };
    expect(action.takenBy.person?.id).toBe(takenBy);

    for (const week of ['2026-05-04', '2026-10-26']) {
      const digestRes = await call(`/api/digest?week=${week}`);
      expect(digestRes.status, await digestRes.clone().text()).toBe(200);
      const digest = (await digestRes.json()) as DigestAnswer;
      const section = digest.sections.find((s) => s.id === 'actions')!;
      expect(section.title).toBe('Actions you took and what followed');
      const { providerId, departmentId } = planted.relationship;
      const line = section.lines.find((l) => l.link === `#/relationships?rel=${providerId},${departmentId}`);
      expect(line, JSON.stringify(section.lines)).toBeDefined();
      expect(line!.people).toEqual(planted.people);
      expect(line!.text).toMatch(/→ growing \(better\)/);
      expect(line!.text).toMatch(/not proof/);
    }

    const listed = (await (await call('/api/actions')).json()) as ActionsAnswer;
    const [followed] = listed.actions;
    expect(followed!.effect).toMatchObject({ status: 'measured', days: 90, direction: expected });
    expect(followed!.effect.values.after).toBe('growing');
    expect(followed!.effect.level!.after).toBeGreaterThan(followed!.effect.level!.before);

    // the control: an action on the planted declining relationship in its falling months reads the other way
    const declining = fixture.org.groundTruth.decliningRelationship;
    const control = { kind: 'action', metric: 'stage', relationship: declining, takenAt: '2026-05-01' };
    const marked = await call('/api/actions', control);
    expect(marked.status, await marked.clone().text()).toBe(200);
    const { action: worse } = (await marked.json()) as { action: ActionRecord };
    expect(worse.effect.direction).toBe('worse');
    expect(worse.effect.level!.after).toBeLessThan(worse.effect.level!.before);
  });
});
