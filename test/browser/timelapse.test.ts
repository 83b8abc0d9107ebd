/**
 * The time-lapse in headless Chromium against the real GET /api/graph and the `s` demo org (seed 2): it plays
 * the twelve monthly snapshots in order, month by month, pause stops it, and a selected unit's trend is the
 * API's own engagements frame by frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { monthLabel, snapshotPeriods } from '../../client/timelapse/frames.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 2);

async function apiGraph(query: string): Promise<GraphAnswer> {
  const response = await fixture.explorer.app.call(`/api/graph?${query}`, { as: 'viewer' });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

async function snapshots() {
  const end = (await apiGraph('level=unit&window=30d&limit=1')).window.to.slice(0, 10);
  return snapshotPeriods(end);
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('.timelapse-view[data-frames="12"]', { timeout: 120_000 });
  await page.waitForSelector('.timelapse-stage[data-layout="settled"]', { timeout: 60_000 });
}

/** Records every month label and frame the page shows from now on (a MutationObserver, not polling). */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Array<{ month: string; picture: string }> = [];
    (window as unknown as { shown: typeof seen }).shown = seen;
    const view = document.querySelector<HTMLElement>('.timelapse-view')!;
    const canvas = document.querySelector<HTMLCanvasElement>('.timelapse-stage canvas')!;
    new MutationObserver(() => {
      // the frame's picture is drawn on the next animation frame: take it there
      const month = document.querySelector('.timelapse-month')!.textContent ?? '';
      requestAnimationFrame(() =>
        requestAnimationFrame(() => seen.push({ month, picture: canvas.toDataURL() })),
      );
    }).observe(view, { attributes: true, attributeFilter: ['data-frame'] });
  });
}

const shown = (page: Page) =>
  page.evaluate(() => (window as unknown as { shown: Array<{ month: string; picture: string }> }).shown);

describe('time-lapse', () => {
  it('plays the twelve monthly snapshots in order, each month once, and stops at the last', async () => {
    const periods = await snapshots();
    const { page, problems } = await fixture.explorer.open('viewer', '#/timelapse');
    await ready(page);
    expect(await page.textContent('.timelapse-month')).toBe(monthLabel(periods[11]!));
    await page.selectOption('.timelapse-controls select', '4');
    await recordFrames(page);
    await page.click('.timelapse-controls button.play');
    await page.waitForSelector('.timelapse-view[data-playing="true"]');
    await screenshot(page, 'timelapse-playing');
    await page.waitForSelector('.timelapse-view[data-playing="false"]', { timeout: 60_000 });
    await page.waitForTimeout(200); // the last frame's picture is taken two animation frames later
    const frames = await shown(page);
    expect(frames.map((frame) => frame.month)).toEqual(periods.map(monthLabel));
    // each month drew a picture of its own: the org's ties differ from month to month
    expect(new Set(frames.map((frame) => frame.picture)).size).toBeGreaterThan(6);
    expect(await page.getAttribute('.timelapse-view', 'data-frame')).toBe('11');
    expect(problems).toEqual([]);
  });

  it('stops on the frame where it was paused', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/timelapse');
    await ready(page);
    await page.selectOption('.timelapse-controls select', '4');
    await page.click('.timelapse-controls button.play');
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('.timelapse-view')!.dataset.frame) >= 2,
    );
    await page.click('.timelapse-controls button.play');
    await page.waitForSelector('.timelapse-view[data-playing="false"]');
    const frame = await page.getAttribute('.timelapse-view', 'data-frame');
    const month = await page.textContent('.timelapse-month');
    expect(Number(frame)).toBeLessThan(11);
    await page.waitForTimeout(1_500); // five frames' time at 4×: a film still playing would have moved on
    expect(await page.getAttribute('.timelapse-view', 'data-frame')).toBe(frame);
    expect(await page.textContent('.timelapse-month')).toBe(month);
    expect(problems).toEqual([]);
  });

  it("draws a selected unit's trend from the API's engagements, frame by frame", async () => {
    const periods = await snapshots();
    const unit = fixture.org.groundTruth.growingRelationship.departmentId;
    const answers = await Promise.all(
      periods.map(({ from, to }) => apiGraph(`level=unit&from=${from}&to=${to}`)),
    );
    const expected = answers.map((answer) =>
      answer.edges
        .filter((edge) => edge.source === unit || edge.target === unit)
        .reduce((sum, edge) => sum + edge.engagements, 0),
    );
    const { page, problems } = await fixture.explorer.open('viewer', `#/timelapse?node=${unit}`);
    await ready(page);
    const label = await page.getAttribute('.trend svg', 'aria-label');
    const values = [...(label ?? '').matchAll(/ (\d+)(?:,|$)/g)].map((match) => Number(match[1]));
    expect(values).toEqual(expected);
    expect(Math.max(...expected)).toBeGreaterThan(0);
    const points = await page.getAttribute('.trend polyline', 'points');
    expect(points!.trim().split(/\s+/)).toHaveLength(12);
    await screenshot(page, 'timelapse-trend');
    expect(problems).toEqual([]);
  });
});
