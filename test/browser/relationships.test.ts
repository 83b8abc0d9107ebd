/**
 * The relationships dashboard in headless Chromium against the real API and the `s` demo org (seed 1, where
 * the planted declining relationship is declining in the 90-day window): every relationship listed, the
 * planted one shown declining, its timeline holding as many engagements as the API's timeline, sorting and
 * filtering through the URL and the keyboard, and no person's name for a viewer.
 */
import { describe, expect, it } from 'vitest';
import type { RelationshipRow } from '../../server/schema/relationships.ts';
import { analystAnswer, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

const api = <T>(path: string) => analystAnswer<T>(fixture, path);

const rowsShown = '.rel-table tbody tr[data-key]';

describe('relationships dashboard', () => {
  it('shows the planted declining relationship as declining and opens its timeline', async () => {
    const { providerId, departmentId } = fixture.org.groundTruth.decliningRelationship;
    const { page, problems } = await fixture.explorer.open('analyst', '#/relationships');
    await page.waitForSelector(rowsShown);
    const { relationships } = await api<{ relationships: RelationshipRow[] }>(
      '/api/relationships?window=90d',
    );
    expect(await page.locator(rowsShown).count()).toBe(relationships.length);
    const row = page.locator(`tr[data-key="${providerId}→${departmentId}"]`);
    expect(await row.getAttribute('data-stage')).toBe('declining');
    expect(await row.locator('.stage-badge').textContent()).toBe('declining');
    await screenshot(page, 'relationships-dashboard');
    await row.locator('.open-relationship').click();
    await page.waitForSelector('.timeline-chart');
    expect(decodeURIComponent(page.url())).toContain(`rel=${providerId},${departmentId}`);
    const timeline = await api<{ engagements: unknown[] }>(
      `/api/relationships/timeline?providerId=${providerId}&departmentId=${departmentId}&window=90d`,
    );
    expect(timeline.engagements.length).toBeGreaterThan(0);
    expect(await page.locator('.timeline-chart [data-engagement]').count()).toBe(timeline.engagements.length);
    const legendCounts = await page.$$eval('.timeline-legend li', (items) =>
      items.map((li) => Number(/(\d+)$/.exec(li.textContent ?? '')?.[1] ?? NaN)),
    );
    expect(legendCounts.reduce((a, b) => a + b, 0)).toBe(timeline.engagements.length);
    const declining = relationships.find(
      (r) => r.providerId === providerId && r.departmentId === departmentId,
    )!;
    expect(await page.textContent('.stage-rule')).toContain(declining.stage!.because);
    await screenshot(page, 'relationships-timeline');
    await page.goBack();
    await page.waitForSelector('.rel-detail-host', { state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('sorts and filters through the URL, and opens a relationship by keyboard', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/relationships');
    await page.waitForSelector(rowsShown);
    const { relationships } = await api<{ relationships: RelationshipRow[] }>(
      '/api/relationships?window=90d',
    );
    await page.click('button[data-sort="trust"]');
    await page.waitForFunction(() => window.location.hash.includes('sort=-trust'));
    const best = relationships.reduce((a, b) => ((b.trust?.value ?? -1) > (a.trust?.value ?? -1) ? b : a));
    expect(await page.getAttribute(`${rowsShown} >> nth=0`, 'data-key')).toBe(
      `${best.providerId}→${best.departmentId}`,
    );
    expect(await page.getAttribute('th:has(button[data-sort="trust"])', 'aria-sort')).toBe('descending');
    await page.selectOption('#rel-stage', 'declining');
    await page.waitForFunction(() => window.location.hash.includes('stage=declining'));
    const stages = await page.$$eval(rowsShown, (rows) => rows.map((r) => r.getAttribute('data-stage')));
    expect(stages).toEqual(
      relationships.filter((r) => r.stage?.stage === 'declining').map(() => 'declining'),
    );
    await page.fill('#rel-text', '');
    await page.selectOption('#rel-stage', '');
    await page.focus(`${rowsShown} >> nth=0 >> .open-relationship`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = await page.getAttribute(`${rowsShown} >> nth=1`, 'data-key');
    await page.waitForSelector('.timeline-chart');
    expect(await page.getAttribute(`${rowsShown} >> nth=1`, 'class')).toContain('open');
    const [provider, department] = second!.split('→');
    const opened = relationships.find((r) => r.providerId === provider && r.departmentId === department)!;
    expect(await page.textContent('#relationship-title')).toBe(
      `${opened.providerName} → ${opened.departmentName}`,
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('.rel-detail-host', { state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('shows a viewer no person names, in the table or a timeline', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/relationships');
    await page.waitForSelector(rowsShown);
    await page.click(`${rowsShown} >> nth=0 >> .open-relationship`);
    await page.waitForSelector('.timeline-chart');
    await page.click('.timeline-table summary');
    const text = await page.evaluate(() => document.body.innerText);
    for (const person of fixture.org.bundle.people) expect(text).not.toContain(person.name);
    await screenshot(page, 'relationships-viewer');
    expect(problems).toEqual([]);
  });
});
