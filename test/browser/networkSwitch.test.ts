/**
 * "What people do / What people say" on the map (issue 13 item 4), in headless Chromium against the `s` demo
 * org with its advice survey: switching to the survey refetches the map with network=survey, draws the survey's
 * ties (their count from the API's own survey answer; the pixels change), says which network is shown, puts it
 * in the URL, and switching back draws the behavioural map again.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { mapSettled, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 42);

async function apiGraph(query: string): Promise<GraphAnswer> {
  const response = await fixture.explorer.app.call(`/api/graph?${query}&limit=20000`, { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

/** The map's stage as pixels, to tell that the drawing changed. */
async function stagePixels(page: Page): Promise<Buffer> {
  return (await page.locator('.map-stage canvas').first().screenshot()) as Buffer;
}

async function settledAfter(page: Page, action: () => Promise<void>): Promise<void> {
  const shown = page.waitForResponse((r) => r.url().includes('/api/graph'));
  await action();
  await shown;
  await mapSettled(page);
}

describe('network switch', () => {
  it('switches the map to what people say and back, and says which is shown', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/map?ties=all');
    await mapSettled(page);
    const done = await apiGraph('level=unit&window=90d');
    const said = await apiGraph('level=unit&window=90d&network=survey');
    expect(said.network).toBe('survey');
    expect(said.edges.length).not.toBe(done.edges.length);
    const summary = () => page.textContent('.map-status .summary');
    expect(await summary()).toContain(`${done.edges.length} ties`);
    expect(await page.textContent('#map-network-shown')).toContain('what people do');
    const before = await stagePixels(page);

    await settledAfter(page, () => page.check('#map-network-survey'));
    expect(await summary()).toContain(`${said.edges.length} ties`);
    expect(await page.textContent('#map-network-shown')).toContain('what people say');
    expect(page.url()).toContain('network=survey');
    expect((await stagePixels(page)).equals(before)).toBe(false);

    await settledAfter(page, () => page.check('#map-network-behaviour'));
    expect(await summary()).toContain(`${done.edges.length} ties`);
    expect(await page.textContent('#map-network-shown')).toContain('what people do');
    expect(problems).toEqual([]);
  });
});
