/**
 * What changed in headless Chromium against the real GET /api/compare and the `s` demo org (seed 2): the
 * presets compare periods computed from the data's end; the ties are drawn in the colours of their change
 * (counted on the canvas) and the list beside the map holds the API's sentences in its order; pressing a
 * change selects its pair, fading every other tie, and pressing it again lets go.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHANGE_COLOURS } from '../../client/changes/changeColours.ts';
import { presetPeriods, type Periods } from '../../client/changes/periods.ts';
import type { CompareAnswer } from '../../server/schema/compare.ts';
import { drawnColours, mapSettled, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 2);
const KINDS = ['gained', 'lost', 'stronger', 'weaker'] as const;
const COLOURS = KINDS.map((kind) => CHANGE_COLOURS[kind]);

async function dataEnd(): Promise<string> {
  const response = await fixture.explorer.app.call('/api/graph?level=unit&window=30d&limit=1', {
    as: 'viewer',
  });
  return ((await response.json()) as { window: { to: string } }).window.to.slice(0, 10);
}

async function apiCompare({ before, after }: Periods): Promise<CompareAnswer> {
  const query = new URLSearchParams({
    beforeFrom: before.from,
    beforeTo: before.to,
    afterFrom: after.from,
    afterTo: after.to,
    limit: '5000',
  });
  const response = await fixture.explorer.app.call(`/api/compare?${query}`, { as: 'viewer' });
  expect(response.status).toBe(200);
  return (await response.json()) as CompareAnswer;
}

/** Pixels of each change colour, once the canvas has drawn a frame where `ready` holds. */
async function colours(page: Page, ready: (counts: Record<string, number>) => boolean) {
  let counts: Record<string, number> = {};
  await expect
    .poll(async () => ready((counts = await drawnColours(page, COLOURS))), { timeout: 30_000 })
    .toBe(true);
  return counts;
}

describe('What changed', () => {
  it('compares the last quarter with the one before, then with a year earlier, in colours and sentences', async () => {
    const end = await dataEnd();
    const { page, problems } = await fixture.explorer.open('viewer', '#/changes');
    await mapSettled(page);
    const quarter = presetPeriods('quarter', end);
    expect(await page.inputValue('[data-period="after"] input[name="after-from"]')).toBe(quarter.after.from);
    expect(await page.getAttribute('[data-preset="quarter"]', 'aria-pressed')).toBe('true');
    const first = await apiCompare(quarter);
    const listed = () => page.$$eval('.change-item span', (items) => items.map((item) => item.textContent));
    expect(await listed()).toEqual(first.changes.map((change) => change.text));

    await page.click('[data-preset="year"]');
    const year = presetPeriods('year', end);
    await page.waitForFunction((from) => window.location.hash.includes(`before=${from}`), year.before.from);
    await page.waitForSelector('.changes-status[data-state="shown"]');
    await mapSettled(page);
    const answer = await apiCompare(year);
    for (const kind of KINDS) expect(answer.totals[kind], kind).toBeGreaterThan(0);
    const counts = await colours(page, (c) => COLOURS.every((colour) => c[colour]! > 20));
    expect(Object.values(counts).every((count) => count > 20)).toBe(true);
    expect(await listed()).toEqual(answer.changes.map((change) => change.text));
    await page.waitForTimeout(300);
    await screenshot(page, 'changes-year');
    expect(problems).toEqual([]);
  });

  it('selects the pair of a pressed change on the map, fading the other ties, and lets go on a second press', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/changes');
    await mapSettled(page);
    const item = page.locator('.change-item[data-kind="stronger"]').first();
    const units = (await item.getAttribute('data-units'))!;
    const all = await colours(
      page,
      (c) => c[CHANGE_COLOURS.stronger]! > 200 && c[CHANGE_COLOURS.weaker]! > 20,
    );
    await item.click();
    await page.waitForFunction(
      (pair) => decodeURIComponent(window.location.hash).includes(`change=${pair}`),
      units,
    );
    expect(await item.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.change-item[aria-pressed="true"]').count()).toBe(1);
    // every other tie fades: no weaker tie keeps its colour, the selected stronger one is drawn wider on top
    const selected = await colours(page, (c) => c[CHANGE_COLOURS.weaker] === 0);
    expect(selected[CHANGE_COLOURS.stronger]).toBeGreaterThan(20);
    expect(selected[CHANGE_COLOURS.stronger]).toBeLessThan(all[CHANGE_COLOURS.stronger]! / 2);
    await screenshot(page, 'changes-selected');
    await item.click();
    expect(await item.getAttribute('aria-pressed')).toBe('false');
    await colours(page, (c) => c[CHANGE_COLOURS.weaker]! > 20);
    expect(problems).toEqual([]);
  });
});
