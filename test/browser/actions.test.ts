/**
 * Follow-through in headless Chromium against the real API and the `s` demo org (seed 1): an analyst opens the
 * planted growing relationship, marks an action taken on the day before its growing months the generator
 * planted, and sees it listed in the relationship's panel with its effect drawn (two bars, the after one in the
 * colour of the stage it reached) and in the dashboard's list of actions.
 */
import { describe, expect, it } from 'vitest';
import type { ActionsAnswer } from '../../server/schema/actions.ts';
import { STAGE_COLOURS } from '../../client/theme.ts';
import { screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

describe('marking an action taken', () => {
  it('lists it in the relationship’s panel and on the dashboard with its effect drawn', async () => {
    const { relationship, takenAt } = fixture.org.groundTruth.followedAction;
    const { providerId, departmentId } = relationship;
    const { page, problems } = await fixture.explorer.open(
      'analyst',
      `#/relationships?rel=${providerId},${departmentId}`,
    );
    const panel = page.locator('.rel-detail .actions-panel');
    await panel.locator('.mark-taken-open').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await panel.locator('.action-row').count()).toBe(0);
    await panel.locator('.mark-taken-open').click();
    await panel.locator('.mark-taken-form input[type="date"]').fill(takenAt);
    await panel.locator('.mark-taken-form button[type="submit"]').click();
    // recorded, then the panel lists the relationship's actions again, with "Mark as taken" offered anew
    await panel.locator('.action-list .action-row').first().waitFor({ timeout: 120_000 });
    await panel.locator('.mark-taken-open').waitFor({ state: 'visible', timeout: 120_000 });
    const rows = panel.locator('.action-list .action-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-direction')).toBe('better');
    expect(await rows.first().locator('.effect-text').textContent()).toMatch(/→ growing \(better\)/);
    expect(await panel.locator('.action-caveat').textContent()).toMatch(/not proof/);
    const bars = rows.first().locator('.effect-chart rect');
    expect(await bars.count()).toBe(2);
    expect(await bars.nth(1).getAttribute('fill')).toBe(STAGE_COLOURS.growing);
    // the stage drawn by the tie's engagements per 30 days: the after bar is the taller
    const heights = await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().height));
    expect(heights[1]).toBeGreaterThan(heights[0]!);
    const box = await rows.first().locator('.effect-chart').boundingBox();
    expect(box!.width * box!.height).toBeGreaterThan(0);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'action-effect');

    const api = (await (
      await fixture.explorer.app.call('/api/actions', { as: 'analyst' })
    ).json()) as ActionsAnswer;
    expect(api.actions).toHaveLength(1);
    await page.locator('details.rel-actions summary').click();
    await page.locator('details.rel-actions .action-row').first().waitFor({ timeout: 120_000 });
    expect(await page.locator('details.rel-actions .action-row').count()).toBe(api.actions.length);
    expect(await page.locator('details.rel-actions .effect-chart rect').count()).toBe(2);
    expect(problems).toEqual([]);
  });
});
