/**
 * The explorer's shell and exports in headless Chromium against the real API and the `s` demo org: signing
 * in with a token (and back out on a 401), the files the export buttons give, the keyboard on the map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../server/db/database.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { FRAME } from '../../client/export/frame.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';
import { ARTIFACTS, mapSettled, screenshot, startExplorer, type Explorer } from './support/explorer.ts';

let db: Database;
let explorer: Explorer;

beforeAll(async () => {
  db = await connectTestDatabase();
  await importDemoOrg(db, 's', 42);
  explorer = await startExplorer(db);
});
afterAll(async () => {
  await explorer?.close();
  await db?.close();
});

async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button[data-export="${button}"]`),
  ]);
  return fs.readFileSync((await download.path())!);
}

describe('explorer shell', () => {
  it('asks for a token, says when the server refuses it, and signs in with a good one', async () => {
    const { page, problems } = await explorer.open('none');
    await page.waitForSelector('form.sign-in');
    await screenshot(page, 'sign-in');
    await page.fill('#token', 'not-a-token-of-this-server');
    await page.press('#token', 'Enter');
    await page.waitForSelector('form.sign-in .problem');
    expect(await page.textContent('form.sign-in .problem')).toContain('did not accept this token (401)');
    expect(await page.evaluate(() => window.sessionStorage.getItem('trellis.token'))).toBeNull();
    await page.fill('#token', explorer.app.tokens.analyst);
    await page.click('form.sign-in button[type="submit"]');
    await mapSettled(page);
    await page.click('button.sign-out');
    await page.waitForSelector('form.sign-in');
    expect(await page.evaluate(() => window.sessionStorage.getItem('trellis.token'))).toBeNull();
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('exports the view as PNG and SVG and the loaded data as CSV', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    const response = await explorer.app.call('/api/graph?level=unit&window=90d&limit=20000', {
      as: 'analyst',
    });
    const answer = (await response.json()) as GraphAnswer;
    const png = await downloaded(page, 'png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    fs.writeFileSync(path.join(ARTIFACTS, 'export-unit.png'), png);
    const box = (await page.locator('.map-stage canvas').boundingBox())!;
    expect(png.readUInt32BE(16)).toBe((Math.floor(box.width) + FRAME.legendWidth) * 2); // the legend at the right
    const svg = new DOMParser().parseFromString((await downloaded(page, 'svg')).toString(), 'image/svg+xml');
    expect(svg.getElementsByTagName('circle').length).toBeGreaterThanOrEqual(answer.nodes.length);
    const nodes = parse(await downloaded(page, 'nodes-csv'), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(nodes.map((n) => n.id).sort()).toEqual(answer.nodes.map((n) => n.id).sort());
    const ties = parse(await downloaded(page, 'ties-csv'), { columns: true }) as unknown[];
    expect(ties).toHaveLength(answer.edges.length);
    expect(problems).toEqual([]);
  });

  it('pans and zooms with the keyboard and clears the selection with Escape', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    const canvas = page.locator('.map-stage canvas');
    const before = await canvas.screenshot();
    await canvas.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(100);
    expect((await canvas.screenshot()).equals(before)).toBe(false);
    await page.fill('#map-search', 'Sales');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-title');
    await canvas.focus();
    await page.keyboard.press('Escape');
    await page.waitForSelector('.details-host .hint');
    expect(page.url()).not.toContain('node=');
    expect(problems).toEqual([]);
  });
});
