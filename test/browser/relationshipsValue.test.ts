/**
 * The value column of the relationships dashboard in headless Chromium against the real API and the `s` demo
 * org (seed 1): the planted leaking relationship's cell says the API's numbers in words, its bar is filled in
 * the value blue for exactly the realised share of what was due (pixels counted), and sorting by value puts it
 * first.
 */
import { describe, expect, it } from 'vitest';
import type { RelationshipRow } from '../../server/schema/relationships.ts';
import { screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);
const rowsShown = '.rel-table tbody tr[data-key]';
const BAR_WIDTH = 96;
const FILL = [0x00, 0x72, 0xb2]; // #0072b2, .value-fill

async function relationships(): Promise<RelationshipRow[]> {
  const response = await fixture.explorer.app.call('/api/relationships?window=90d', { as: 'analyst' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { relationships: RelationshipRow[] }).relationships;
}

/** Pixels of the fill colour along the middle row of a PNG, decoded on a blank page (no CSP there). */
async function fillPixels(png: Buffer): Promise<number> {
  const blank = await fixture.explorer.browser.context.newPage();
  try {
    return await blank.evaluate(
      async ({ b64, fill }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${b64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, Math.floor(image.height / 2), image.width, 1);
        let count = 0;
        for (let x = 0; x < image.width; x++)
          if (fill.every((c, k) => Math.abs(data[4 * x + k]! - c) <= 2)) count++;
        return count;
      },
      { b64: png.toString('base64'), fill: FILL },
    );
  } finally {
    await blank.close();
  }
}

describe('relationships dashboard: value', () => {
  it('draws the planted leaking relationship with the API numbers, and sorts it first by value', async () => {
    const { providerId, departmentId } = fixture.org.groundTruth.leakingRelationship;
    const planted = (await relationships()).find(
      (r) => r.providerId === providerId && r.departmentId === departmentId,
    )!;
    const value = planted.value!;
    expect(value.share).toBeGreaterThan(0.5);
    const { page, problems } = await fixture.explorer.open('analyst', '#/relationships');
    await page.waitForSelector(rowsShown);
    const row = page.locator(`tr[data-key="${providerId}→${departmentId}"]`);
    expect(await row.locator('.value-text').textContent()).toBe(value.text);
    expect(await row.locator('.value-cell').getAttribute('data-share')).toBe(value.share!.toFixed(4));
    const [euros] = value.amounts;
    const filled = Math.round((BAR_WIDTH * euros!.realised) / euros!.due);
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThan(BAR_WIDTH / 2);
    const ratio = await page.evaluate(() => window.devicePixelRatio);
    const pixels = await fillPixels(await row.locator('.value-bar').screenshot());
    expect(Math.abs(pixels - filled * ratio)).toBeLessThanOrEqual(ratio);
    await screenshot(page, 'relationships-value');

    await page.click('button[data-sort="value"]');
    await page.waitForFunction(() => window.location.hash.includes('sort=-value'));
    expect(await page.getAttribute(`${rowsShown} >> nth=0`, 'data-key')).toBe(
      `${providerId}→${departmentId}`,
    );
    expect(await page.getAttribute('th:has(button[data-sort="value"])', 'aria-sort')).toBe('descending');
    const shares = (
      await page.$$eval(`${rowsShown} .value-cell`, (cells) => cells.map((c) => c.getAttribute('data-share')))
    )
      .filter((share) => share) // '' while nothing is due: listed after the rest
      .map(Number);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(problems).toEqual([]);
  });
});
