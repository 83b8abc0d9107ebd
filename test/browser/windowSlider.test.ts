/**
 * The window slider in headless Chromium against the real API: a run of arrow-key presses asks for ONE window,
 * the one where the slider settled, and the last map stays drawn (its pixels on the canvas) while the new
 * window is computed, under a line that says which window is coming.
 */
import { describe, expect, it } from 'vitest';
import { daysAt, stepOf } from '../../client/map/windowControl.ts';
import { UNIT_KIND_COLOURS } from '../../client/theme.ts';
import { drawnColours, mapSettled, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 42);
const PRESSES = 6;

describe('window slider', () => {
  it('asks for one window when a run of key presses settles, and keeps the last map drawn meanwhile', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/map?window=90d');
    await mapSettled(page);
    const colours = Object.values(UNIT_KIND_COLOURS);
    const ink = async () => Object.values(await drawnColours(page, colours)).reduce((a, b) => a + b, 0);
    expect(await ink()).toBeGreaterThan(200);
    // From the moment the status says a window is coming, count the map's pixels on every frame until it is shown.
    await page.evaluate((wanted) => {
      const status = document.querySelector<HTMLElement>('.map-status')!;
      const canvas = document.querySelector<HTMLCanvasElement>('.map-stage canvas')!;
      const rgb = new Set(wanted.map((c) => Number.parseInt(c.slice(1), 16)));
      const record = { frames: 0, leastInk: Number.POSITIVE_INFINITY, text: '' };
      Object.assign(window, { loadingRecord: record });
      const sample = () => {
        if (status.dataset.state !== 'loading') return;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (rgb.has((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)) count++;
        record.frames++;
        record.leastInk = Math.min(record.leastInk, count);
        record.text = status.textContent ?? '';
        requestAnimationFrame(sample);
      };
      new MutationObserver(sample).observe(status, { attributes: true, attributeFilter: ['data-state'] });
    }, colours);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/graph?'))
        asked.push(new URL(request.url()).searchParams.get('window')!);
    });
    await page.focus('#window-slider');
    for (let press = 0; press < PRESSES; press++) await page.keyboard.press('ArrowRight', { delay: 30 });
    const expected = `${daysAt(stepOf(90) + PRESSES)}d`;
    // The page's own observer saw the loading state (it may last less than one poll of waitForSelector).
    await page.waitForFunction(
      () => (window as unknown as { loadingRecord: { frames: number } }).loadingRecord.frames > 0,
    );
    await mapSettled(page);
    await page.waitForFunction(
      (key) => document.querySelector('.map-status')?.textContent?.includes(key),
      expected,
    );
    await screenshot(page, 'window-slider-settled');
    const record = await page.evaluate(
      () =>
        (window as unknown as { loadingRecord: { frames: number; leastInk: number; text: string } })
          .loadingRecord,
    );
    expect(asked).toEqual([expected]);
    expect(record.frames).toBeGreaterThan(0);
    expect(record.leastInk).toBeGreaterThan(200);
    expect(record.text).toContain(`Computing ${expected.slice(0, -1)} days`);
    expect(problems).toEqual([]);
  });
});
