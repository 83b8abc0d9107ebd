/**
 * GET /api/windows/progress for the survey network (issue 13 item 4) on the s demo org: the survey's window is a
 * computation of its own, so while `GET /api/silos?network=survey` waits, `network=survey` reports it queued or
 * running and the behavioural window of the same dates, which nobody asked for, stays idle.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressAnswer } from '../../../server/schema/progress.ts';
import { useDemoApp } from './demoApp.ts';

const demo = useDemoApp('s', 1);

/** Dates no other request of this file asks for: only the silos request below computes them. */
const WINDOW = 'from=2026-07-07&to=2026-10-29';

async function progress(network?: 'survey'): Promise<ProgressAnswer> {
  const query = network ? `${WINDOW}&network=${network}` : WINDOW;
  const response = await demo.app.call(`/api/windows/progress?${query}`, { as: 'viewer' });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ProgressAnswer;
}

describe('window progress by network', () => {
  it('reports the survey network’s computation of a window, not the behavioural one’s', async () => {
    expect(await progress('survey')).toMatchObject({ network: 'survey', state: 'idle', step: null });
    let arrived = false;
    const silos = demo.app
      .call(`/api/silos?${WINDOW}&network=survey`, { as: 'analyst' })
      .finally(() => (arrived = true));
    const seen = { survey: new Set<string>(), behaviour: new Set<string>() };
    while (!arrived) {
      const [said, done] = await Promise.all([progress('survey'), progress()]);
      expect([said.network, done.network]).toEqual(['survey', 'behaviour']);
      seen.survey.add(said.state);
      seen.behaviour.add(done.state);
    }
    expect((await silos).status).toBe(200);
    expect([...seen.survey].filter((state) => state !== 'idle').length).toBeGreaterThan(0);
    expect([...seen.behaviour]).toEqual(['idle']);
    expect(await progress('survey')).toMatchObject({ state: 'idle' });
  });
});
