/**
 * Governance in headless Chromium against the real API and the `s` demo org (seed 1): the relationships
 * dashboard draws one badge per governance gap the API lists (the planted relationship without provider
 * feedback among them, its reason as the tooltip), the BRM roles for analysts and not for viewers, and the
 * silos view lists the people carrying too much of the bridging load as GET /api/overload names them.
 */
import { describe, expect, it } from 'vitest';
import type { BrmRolesAnswer, OverloadAnswer } from '../../server/schema/governance.ts';
import type { relationshipsAnswer } from '../../server/schema/relationships.ts';
import type { z } from 'zod';
import { analystAnswer, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

const api = <T>(path: string) => analystAnswer<T>(fixture, path);

const rowsShown = '.rel-table tbody tr[data-key]';

describe('governance in the explorer', () => {
  it('draws every governance gap of the API as a badge in its row, and the BRM roles', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/relationships');
    await page.waitForSelector(rowsShown);
    const answer = await api<z.infer<typeof relationshipsAnswer>>('/api/relationships?window=90d');
    const gaps = answer.relationships.flatMap((r) => r.governance?.gaps ?? []);
    expect(gaps.length).toBeGreaterThan(0);
    expect(await page.locator('.gov-gap').count()).toBe(gaps.length);
    const clean = answer.relationships.filter((r) => r.governance?.gaps.length === 0).length;
    expect(await page.locator('.gov-ok').count()).toBe(clean);
    const { providerId, departmentId } = fixture.org.groundTruth.governance.feedbackGap!;
    const badge = page.locator(`tr[data-key="${providerId}→${departmentId}"] .gov-gap`);
    expect(await badge.count()).toBe(1);
    expect(await badge.textContent()).toBe('no feedback from both sides');
    expect(await badge.getAttribute('title')).toBe('No feedback from the provider in the last 6 months.');
    // the badge is drawn, not just present: it has a box of its own
    const box = await badge.boundingBox();
    expect(box!.width).toBeGreaterThan(20);
    const { brms } = await api<BrmRolesAnswer>('/api/brm-roles?window=90d');
    await page.waitForSelector('.brm-role-table tbody tr');
    expect(await page.locator('.brm-role-table tbody tr').count()).toBe(brms.length);
    const orderTaker = fixture.org.groundTruth.governance.orderTakerBrm!.personId;
    expect(await page.getAttribute(`.brm-role-table tr[data-brm="${orderTaker}"]`, 'data-role')).toBe(
      'orderTaker',
    );
    expect(await page.textContent(`.brm-role-table tr[data-brm="${orderTaker}"] .brm-role`)).toBe(
      'order taker',
    );
    await screenshot(page, 'relationships-governance');
    expect(problems).toEqual([]);
  });

  it('shows a viewer the gaps but no BRM roles', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/relationships');
    await page.waitForSelector(rowsShown);
    expect(await page.locator('.gov-gap').count()).toBeGreaterThan(0);
    expect(await page.locator('.brm-role-table').count()).toBe(0);
    expect(await page.locator('.brm-roles').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('lists the overloaded people in the silos view as the API names them', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/silos?level=person');
    const overload = await api<OverloadAnswer>('/api/overload?window=90d');
    await page.waitForSelector('.overload .muted:not(:empty)');
    await page.waitForFunction(() => !document.querySelector('.overload')?.textContent?.includes('Weighing'));
    expect(overload.people.length).toBeGreaterThan(0);
    expect(await page.locator('.overload-list li').count()).toBe(overload.people.length);
    for (const person of overload.people)
      expect(await page.textContent(`.overload-list li[data-person="${person.id}"]`)).toContain(
        person.reason,
      );
    await page.locator('.overload').scrollIntoViewIfNeeded();
    await screenshot(page, 'silos-overload');
    expect(problems).toEqual([]);
  });
});
