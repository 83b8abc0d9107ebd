/**
 * The network map in headless Chromium against the real GET /api/graph and the `s` demo org in Neo4j: it
 * draws the org, a clicked node shows the API's own numbers, the URL reproduces the view, exports hold the
 * data, and a viewer never sees a person's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { UNIT_KIND_COLOURS } from '../../client/theme.ts';
import type { Database } from '../../server/db/database.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';
import {
  clickNode,
  drawnColours,
  mapSettled,
  screenshot,
  startExplorer,
  type Explorer,
} from './support/explorer.ts';

let db: Database;
let explorer: Explorer;
let org: GeneratedOrg;

beforeAll(async () => {
  db = await connectTestDatabase();
  org = await importDemoOrg(db, 's', 42);
  explorer = await startExplorer(db);
});
afterAll(async () => {
  await explorer?.close();
  await db?.close();
});

async function apiGraph(query: string): Promise<GraphAnswer> {
  const response = await explorer.app.call(`/api/graph?${query}&limit=20000`, { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

/** The metrics table of the details panel: metric name → the exact value (its title attribute). */
async function detailsMetrics(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.details tr[data-metric]', (rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-metric'), row.querySelector('td')!.title])),
  );
}

describe('network map', () => {
  it('draws every unit of the demo org, coloured by kind', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    const answer = await apiGraph('level=unit&window=90d');
    expect(await page.textContent('.map-status .summary')).toContain(
      `${answer.nodes.length} units, ${answer.edges.length} ties`,
    );
    const kinds = new Set(answer.nodes.map((n) => n.unitKind));
    const colours = await drawnColours(page, Object.values(UNIT_KIND_COLOURS));
    for (const kind of kinds) expect(colours[UNIT_KIND_COLOURS[kind]], kind).toBeGreaterThan(200);
    await screenshot(page, 'map-unit');
    const flagged = answer.nodes.filter((n) => n.flags.length > 0);
    if (flagged.length) expect(await page.textContent('.legend')).toContain('Flagged');
    await page.selectOption('#map-colour', 'community');
    await page.waitForFunction(() => window.location.hash.includes('colour=community'));
    expect(await page.textContent('.legend')).toContain('Node colour: community');
    await screenshot(page, 'map-unit-community');
    expect(problems).toEqual([]);
  });

  it('shows the numbers the API gives for a clicked person', async () => {
    const { page, problems } = await explorer.open('analyst', '#/map?level=person');
    await mapSettled(page);
    const answer = await apiGraph('level=person&window=90d');
    const person = answer.nodes[3]!;
    await clickNode(page, person.label);
    await page.waitForSelector(`#details-title:text-is("${person.label}")`);
    const shown = await detailsMetrics(page);
    expect(Object.keys(shown).sort()).toEqual([...answer.metrics].sort());
    for (const metric of answer.metrics)
      expect(shown[metric], metric).toBe(String(person.metrics[metric] ?? 'no value'));
    expect(await page.textContent('.details .subtitle')).toContain(person.unitName);
    expect(page.url()).toContain(`node=${encodeURIComponent(person.id)}`);
    await screenshot(page, 'map-person-details');
    expect(problems).toEqual([]);
  });

  it('reopens a shared link as it was: level, colour, size, selection and focus', async () => {
    const answer = await apiGraph('level=unit&window=30d');
    const unit = answer.nodes[0]!;
    const { page, problems } = await explorer.open(
      'viewer',
      `#/map?window=30d&colour=unit&size=degree&node=${unit.id}&focus=1`,
    );
    await mapSettled(page);
    expect(await page.textContent('#details-title')).toBe(unit.label);
    expect(await page.getAttribute('.focus-toggle', 'aria-pressed')).toBe('true');
    expect(await page.inputValue('#map-size')).toBe('degree');
    expect(await page.inputValue('#map-colour')).toBe('unit');
    expect(await page.textContent('.legend')).toContain(`More than two ties away from ${unit.label}`);
    expect(await page.textContent('#window-length')).toBe('30 days');
    await screenshot(page, 'map-unit-focus');
    await page.click('button[aria-label="Last 365 days"]');
    await page.waitForFunction(() => window.location.hash.includes('window=365d'));
    await mapSettled(page);
    expect(await page.textContent('.map-status .summary')).toContain('window 365d');
    expect(await page.textContent('#details-title')).toBe(unit.label);
    expect(problems).toEqual([]);
  });

  it('filters by unit kind through the URL and shows what the API gives for that filter', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    const before = await page.textContent('.map-status .summary');
    await page.click('.filters summary');
    await page.check('#kind-internal');
    await page.waitForFunction(() => window.location.hash.includes('kinds=internal'));
    await page.waitForFunction(
      (text) => document.querySelector('.map-status .summary')?.textContent !== text,
      before,
    );
    await mapSettled(page);
    const answer = await apiGraph('level=unit&window=90d&unitKinds=internal');
    expect(await page.textContent('.map-status .summary')).toContain(
      `${answer.nodes.length} units, ${answer.edges.length} ties`,
    );
    const colours = await drawnColours(page, [UNIT_KIND_COLOURS.business, UNIT_KIND_COLOURS.internal]);
    expect(colours[UNIT_KIND_COLOURS.business]).toBe(0);
    expect(colours[UNIT_KIND_COLOURS.internal]).toBeGreaterThan(200);
    await page.goBack();
    await page.waitForFunction(() => !window.location.hash.includes('kinds='));
    expect(await page.isChecked('#kind-internal')).toBe(false);
    expect(problems).toEqual([]);
  });

  it('switches from units to people and lays the people out afresh', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    await page.selectOption('#map-level', 'person');
    await page.waitForFunction(() =>
      document.querySelector('.map-status .summary')?.textContent?.includes('people'),
    );
    await mapSettled(page);
    const answer = await apiGraph('level=person&window=90d');
    expect(await page.textContent('.map-status .summary')).toContain(`${answer.nodes.length} people`);
    const colours = await drawnColours(page, Object.values(UNIT_KIND_COLOURS));
    expect(Object.values(colours).reduce((a, b) => a + b, 0)).toBeGreaterThan(1_000);
    await screenshot(page, 'map-level-switch');
    expect(problems).toEqual([]);
  });

  it('lays the map out in a Web Worker, and a dragged node warms it until it rests again', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    const workers = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('layoutWorker')),
    );
    expect(workers.length).toBe(1);
    await page.fill('#map-search', 'Sales');
    await page.press('#map-search', 'Enter');
    await page.waitForTimeout(700); // centred on the node (500 ms)
    const canvas = page.locator('.map-stage canvas');
    const before = await canvas.screenshot();
    const box = (await canvas.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x + step * 12, y + step * 6);
    await page.waitForSelector('.map-stage[data-layout="running"]');
    await page.mouse.up();
    await mapSettled(page);
    expect((await canvas.screenshot()).equals(before)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('never offers a viewer the person level, and keeps person names from them', async () => {
    const { page, problems } = await explorer.open('viewer', '#/map?level=person');
    await mapSettled(page);
    // A viewer's link to the person level opens the unit level: no request the server would refuse.
    expect(
      await page.$$eval('#map-level option', (options) => options.map((o) => o.getAttribute('value'))),
    ).toEqual(['unit']);
    expect(page.url()).not.toContain('level=person');
    expect(await page.textContent('.map-status .summary')).toContain('units');
    expect(await page.isVisible('.problem-banner')).toBe(false);
    await screenshot(page, 'map-viewer-person');
    await page.fill('#map-search', org.bundle.people[0]!.name.slice(0, 4));
    const text = await page.evaluate(() => document.body.innerText);
    for (const person of org.bundle.people) expect(text).not.toContain(person.name);
    expect(problems).toEqual([]);
  });

  it('offers an analyst both levels', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    expect(
      await page.$$eval('#map-level option', (options) => options.map((o) => o.getAttribute('value'))),
    ).toEqual(['unit', 'person']);
    expect(problems).toEqual([]);
  });
});
