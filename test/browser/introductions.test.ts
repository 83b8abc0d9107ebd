/**
 * Introductions from the silos view in headless Chromium, against the real GET /api/introductions and the `s`
 * demo org (seed 1) in Neo4j: from the planted broker's single point of failure, the panel says who depends on
 * the broker and lists, in words, a pair that reconnects the broker's department to IT without the broker; the
 * planted isolated department selected in the table offers who could connect it. Viewers are offered neither.
 */
import { describe, expect, it } from 'vitest';
import type { IntroductionsAnswer } from '../../server/schema/introductions.ts';
import { screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);
const settled = '.silo-stage[data-layout="settled"]';

async function apiIntroductions(unit: string): Promise<IntroductionsAnswer> {
  const response = await fixture.explorer.app.call(`/api/introductions?unit=${unit}&window=90d&limit=5`, {
    as: 'analyst',
  });
  expect(response.status).toBe(200);
  return (await response.json()) as IntroductionsAnswer;
}

describe('introductions in the silos view', () => {
  it('names a second bridge for the department that hangs on the planted broker', async () => {
    const { personId, departmentId, providerId } = fixture.org.groundTruth.broker;
    const broker = fixture.org.bundle.people.find((p) => p.id === personId)!;
    const { page, problems } = await fixture.explorer.open('analyst', '#/silos');
    await page.waitForSelector(settled);
    const ask = page.locator('.failures li', { hasText: broker.name }).locator('.introductions-ask');
    expect(await ask.textContent()).toBe(
      `Who depends on ${broker.name}, and who could become a second bridge?`,
    );
    await ask.click();
    await page.waitForSelector('.introductions .introduction-list li');
    expect(await page.textContent('.introductions .dependence')).toContain(`only through ${broker.name}`);
    const answer = await apiIntroductions(departmentId);
    const bridge = answer.introductions.find((i) =>
      i.effect.brokersRelieved.some(
        (r) => r.broker.id === personId && r.units.some((u) => u.id === providerId),
      ),
    )!;
    expect(bridge).toBeDefined();
    const item = page.locator(`.introduction-list li[data-a="${bridge.a.id}"][data-b="${bridge.b.id}"]`);
    const words = await item.textContent();
    expect(words).toContain(`Introduce ${bridge.a.name}`);
    expect(words).toContain(`to ${bridge.b.name}`);
    expect(words).toContain(`${broker.name} would no longer be the only bridge to`);
    expect(await page.locator('.introduction-list li').count()).toBe(answer.introductions.length);
    // each introduction can be marked taken; marked on the window's last day, it is too early to tell
    expect(await page.locator('.introduction-list li .mark-taken-open').count()).toBe(
      answer.introductions.length,
    );
    await item.locator('.mark-taken-open').click();
    await item.locator('.mark-taken-form button[type="submit"]').click();
    await item.locator('.mark-taken-done').waitFor({ timeout: 120_000 });
    expect(await item.locator('.action-row').count()).toBe(1);
    expect(await item.locator('.effect-text').textContent()).toMatch(/^Too early to tell/);
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'introductions-broker');
    expect(problems).toEqual([]);
  });

  it('offers who could connect the planted isolated department when its row is selected', async () => {
    const isolated = fixture.org.groundTruth.isolatedDepartment;
    const { page, problems } = await fixture.explorer.open('analyst', '#/silos');
    await page.waitForSelector(settled);
    await page.click(`tr[data-unit="${isolated}"]`);
    await page.click(`.introductions-selection .introductions-ask[data-unit="${isolated}"]`);
    await page.waitForSelector('.introductions h2');
    const answer = await apiIntroductions(isolated);
    expect(await page.locator('.introduction-list li').count()).toBe(answer.introductions.length);
    expect(answer.introductions.length).toBeGreaterThan(0);
    expect(await page.textContent('.introduction-list li')).toContain(answer.introductions[0]!.a.name);
    await screenshot(page, 'introductions-isolated');
    expect(problems).toEqual([]);
  });

  it('offers no introductions to a viewer', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/silos');
    await page.waitForSelector(settled);
    await page.click(`tr[data-unit="${fixture.org.groundTruth.isolatedDepartment}"]`);
    expect(await page.locator('.introductions-ask').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
