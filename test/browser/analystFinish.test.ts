/**
 * The analyst's finish in headless Chromium on the `s` demo org (seed 1): console results downloaded as CSV and
 * JSON hold the rows the API answers; a cut answer says which cap cut it; a syntax error shows its position
 * with Neo4j's reason beside it; map exports carry the title, the window, the legend (stage colours counted in
 * the PNG's pixels) and the privacy note; the relationship panel says which period each section covers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FRAME } from '../../client/export/frame.ts';
import { INK, STAGE_COLOURS } from '../../client/theme.ts';
import type { CypherAnswer } from '../../server/schema/api.ts';
import { ARTIFACTS, mapSettled, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

async function downloaded(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return fs.readFileSync((await download.path())!);
}

async function runInConsole(page: Page, query: string, limit?: number): Promise<void> {
  await page.waitForSelector('#cypher-text');
  await page.fill('#cypher-text', query);
  if (limit) await page.fill('#row-cap', String(limit));
  await page.click('button.run');
}

/** Pixels of each colour (#RRGGBB) in the PNG, inside the rectangle [x0, x1) × [y0, y1) in image pixels. */
function countColours(page: Page, png: Buffer, colours: string[], box: number[]) {
  return page.evaluate(
    async ({ data, wanted, box: [x0, y0, x1, y1] }) => {
      // decoded from bytes, not fetched: the page's CSP allows no data: fetch
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(x0!, y0!, x1! - x0!, y1! - y0!).data;
      const counts: Record<string, number> = Object.fromEntries(wanted.map((c) => [c, 0]));
      const byRgb = new Map(wanted.map((c) => [Number.parseInt(c.slice(1), 16), c]));
      for (let i = 0; i < pixels.length; i += 4) {
        const colour = byRgb.get((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
        if (colour) counts[colour]! += 1;
      }
      return { counts, width: image.width, height: image.height };
    },
    { data: png.toString('base64'), wanted: colours, box },
  );
}

describe('console: exports, cuts and Neo4j’s reason', () => {
  it('downloads the rows shown as CSV and JSON, as the API answers them', async () => {
    const query = 'MATCH (u:Unit) RETURN u.id AS id, u.name AS name, u ORDER BY id';
    const { page, problems } = await fixture.explorer.open('analyst', '#/console');
    await runInConsole(page, query);
    await page.waitForSelector('.result-summary');
    const api = (await (
      await fixture.explorer.app.call('/api/cypher', { as: 'analyst', json: { query } })
    ).json()) as CypherAnswer;
    const csv = parse(await downloaded(page, 'button[data-download="csv"]')) as string[][];
    expect(csv[0]).toEqual(['id', 'name', 'u']);
    expect(csv.slice(1).map((row) => row[0])).toEqual(api.rows.map((row) => row[0]));
    expect(JSON.parse(csv[1]![2]!)).toMatchObject({ labels: expect.arrayContaining(['Unit']) });
    const json = JSON.parse((await downloaded(page, 'button[data-download="json"]')).toString()) as {
      rows: Array<Record<string, unknown>>;
      truncated: boolean;
    };
    expect(json.rows.map((row) => row.name)).toEqual(api.rows.map((row) => row[1]));
    expect(json.truncated).toBe(false);
    await screenshot(page, 'console-downloads');
    expect(problems).toEqual([]);
  });

  it('says that the row cap cut an answer', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/console');
    await runInConsole(page, 'UNWIND range(1, 50) AS i RETURN i', 10);
    await page.waitForSelector('.result-summary .truncated');
    expect(await page.getAttribute('.truncated', 'data-truncated-by')).toBe('rows');
    expect(await page.textContent('.truncated')).toContain('row cap of 10');
    expect(await page.locator('#result-table tbody tr').count()).toBe(10);
    expect(problems).toEqual([]);
  });

  it('shows a syntax error’s position with Neo4j’s own reason beside it, the query’s names masked', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/console');
    await runInConsole(page, 'MATCH (n:Person)\nRETURN n.name, secretName');
    await page.waitForSelector('.console-error .neo4j-reason');
    expect(await page.textContent('.console-error .error-where')).toBe('Line 2, column 16');
    const reason = (await page.textContent('.console-error .neo4j-reason'))!;
    expect(reason).toMatch(/^Neo4j says: Variable `…` not defined/);
    expect(await page.textContent('.console-error')).not.toContain('secretName');
    expect(await page.textContent('.editor mark.error-at')).toBe('s');
    await screenshot(page, 'console-syntax-reason');
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
  });
});

describe('map exports read on their own', () => {
  it('frame the PNG and SVG with title, window, legend and privacy note', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/map?colour=stage');
    await mapSettled(page);
    expect(await page.textContent('.legend')).toContain('relationship stage');
    const png = await downloaded(page, 'button[data-export="png"]');
    fs.writeFileSync(path.join(ARTIFACTS, 'export-framed.png'), png);
    const box = (await page.locator('.map-stage canvas').boundingBox())!;
    const mapWidth = Math.floor(box.width) * 2;
    const colours = [INK, ...Object.values(STAGE_COLOURS)];
    const header = await countColours(page, png, [INK], [0, 0, mapWidth, FRAME.header * 2]);
    expect(header.width).toBe(mapWidth + FRAME.legendWidth * 2);
    expect(header.counts[INK]).toBeGreaterThan(100); // the title and the window, in ink
    const legend = await countColours(page, png, colours, [
      mapWidth,
      FRAME.header * 2,
      header.width,
      header.height,
    ]);
    const stagesDrawn = Object.values(STAGE_COLOURS).filter((c) => legend.counts[c]! > 20);
    expect(stagesDrawn.length).toBe(Object.keys(STAGE_COLOURS).length); // a swatch for each stage
    const footer = await countColours(
      page,
      png,
      [INK],
      [0, header.height - FRAME.footer * 2, mapWidth, header.height],
    );
    expect(footer.counts[INK]).toBeGreaterThan(20); // the privacy note
    const svg = new DOMParser().parseFromString(
      (await downloaded(page, 'button[data-export="svg"]')).toString(),
      'image/svg+xml',
    );
    const texts = Array.from(svg.getElementsByTagName('text'), (t) => t.textContent ?? '');
    expect(texts).toContain('Trellis — the organisation at unit level');
    expect(texts.some((t) => /^Window 90d: \d+ \w+ \d{4} – \d+ \w+ \d{4}$/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('Privacy: '))).toBe(true);
    for (const stage of Object.keys(STAGE_COLOURS))
      expect(texts).toContain(stage[0]!.toUpperCase() + stage.slice(1));
    await screenshot(page, 'map-before-export');
    expect(problems).toEqual([]);
  });
});

describe('the relationship panel says which period each number covers', () => {
  it('labels every section with its span, the window section holding the timeline', async () => {
    const { providerId, departmentId } = fixture.org.groundTruth.decliningRelationship;
    const { page, problems } = await fixture.explorer.open(
      'analyst',
      `#/relationships?rel=${providerId},${departmentId}`,
    );
    await page.waitForSelector('.timeline-chart');
    const sections = await page.$$eval('.rel-detail .rel-span', (nodes) =>
      nodes.map((n) => ({
        span: n.getAttribute('data-span'),
        label: n.querySelector('.span-label')?.textContent,
      })),
    );
    expect(sections.map((s) => s.span)).toEqual(['stage', 'history', 'history', 'window']);
    for (const s of sections) expect(s.label).toMatch(/^Covers .*\d{4}.*\.$/);
    expect(sections[0]!.label).toContain('whatever the window');
    const status = (await page.textContent('.rel-status')) ?? '';
    expect(await page.locator('.rel-span[data-span="window"] .timeline-chart').count()).toBe(1);
    expect(await page.locator('.rel-span[data-span="history"] .timeline-chart').count()).toBe(0);
    expect(status).toMatch(/Stages as of \d+ \w+ \d{4}; trust, maturity and sparklines over /);
    await screenshot(page, 'relationship-spans');
    expect(problems).toEqual([]);
  });
});
