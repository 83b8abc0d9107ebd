/**
 * GET /api/introductions on the demo org (s, seed 2): the planted isolated department is found isolated, and
 * the introductions proposed for it reach new units, lower its isolation score and give it a second bridge
 * beside each person it hangs on; each says why. Person-level: viewers are refused; an unknown unit is a 422.
 */
import { describe, expect, it } from 'vitest';
import type { IntroductionsAnswer } from '../../../server/schema/introductions.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 2);

describe('GET /api/introductions on the demo org', () => {
  it('proposes ties that open the planted isolated department', async () => {
    const unit = demo.truth.isolatedDepartment;
    const res = await demo.app.call(`/api/introductions?unit=${unit}`, { as: 'analyst' });
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = (await res.json()) as IntroductionsAnswer;
    expect(answer.situation.isolated).toBe(true);
    expect(answer.introductions.length).toBe(10);
    for (const intro of answer.introductions) {
      expect(intro.a.unit).toBe(unit);
      expect(intro.b.unit).not.toBe(unit);
      expect(intro.effect.isolationScore.after).toBeLessThan(intro.effect.isolationScore.before);
      expect(intro.why.text.length).toBeGreaterThan(0);
    }
    const priorities = answer.introductions.map((i) => i.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    expect(answer.introductions.some((i) => i.effect.reach.after > i.effect.reach.before)).toBe(true);
    // every person the department hangs on alone gets a second bridge beside them in some introduction
    for (const broker of answer.situation.brokers.filter((b) => b.person.unit === unit)) {
      const relieved = answer.introductions.some((i) =>
        i.effect.brokersRelieved.some((r) => r.broker.id === broker.person.id),
      );
      expect(relieved, broker.person.id).toBe(true);
    }
    expect(answer.method).toMatch(/Adamic–Adar/);
  });

  it('is person-level, and answers 422 for a unit not in the window', async () => {
    const unit = demo.truth.isolatedDepartment;
    expect((await demo.app.call(`/api/introductions?unit=${unit}`, { as: 'viewer' })).status).toBe(403);
    const res = await demo.app.call('/api/introductions?unit=unit-nowhere', { as: 'analyst' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'unknown_ids', unknown: { units: ['unit-nowhere'] } });
  });
});
