/**
 * A map leaders can read, in headless Chromium on the `s` demo org: ties drawn in their stage's colour, the
 * backbone by default, selection that dims everything but a node's neighbourhood (units and people), Fit, and
 * ties that can be hovered and opened. Pixel counts are of the colours the legend names, blended as drawn.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALPHA } from '../../client/map/batches.ts';
import { STAGE_COLOURS, UNIT_KIND_COLOURS } from '../../client/theme.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { mapSettled, screenshot, useExplorer } from './support/explorer.ts';
import { inkBlended, inkNear, overWhite, pointsOf } from './support/mapPixels.ts';

const fixture = useExplorer('s', 42);

async function apiGraph(query: string): Promise<GraphAnswer> {
  const response = await fixture.explorer.app.call(`/api/graph?${query}&limit=20000`, { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

const KIND_COLOURS = Object.values(UNIT_KIND_COLOURS);
const total = (ink: Record<string, number>) => Object.values(ink).reduce((a, b) => a + b, 0);
/** Stage colours exactly as a tie drawn once shows them (pointsOf finds a tie to hover with them). */
const shownStages = Object.values(STAGE_COLOURS).map((colour) => overWhite(colour, ALPHA.link.unit));
/** Stage colours as ties show them: blended over white, from anti-aliased edges to overlapping ties. */
const stageInk = (page: Page) => inkBlended(page, Object.values(STAGE_COLOURS), ALPHA.link.unit / 3);

/** The map fits itself again at rest, and the drawing stops changing. */
async function restedInk(page: Page, colours: string[]): Promise<Record<string, number>> {
  await mapSettled(page);
  await page.waitForTimeout(600); // the fit animation (400 ms) after the layout settled
  return inkNear(page, colours, 0);
}

describe('map: ties coloured by stage, backbone first', () => {
  it('draws every stage the answer holds in its own colour', async () => {
    const answer = await apiGraph('level=unit&window=365d');
    const stages = new Set(answer.edges.map((e) => e.stage).filter((s) => s));
    expect(stages.size).toBeGreaterThan(1);
    const { page, problems } = await fixture.explorer.open(
      'analyst',
      '#/map?window=365d&colour=stage&ties=all',
    );
    await mapSettled(page);
    const ink = await stageInk(page);
    await screenshot(page, 'map-stage-colours');
    for (const stage of stages) expect(ink[STAGE_COLOURS[stage!]], stage!).toBeGreaterThan(0);
    for (const [stage, colour] of Object.entries(STAGE_COLOURS))
      if (!stages.has(stage as never)) expect(ink[colour], stage).toBe(0);
    expect(total(ink)).toBeGreaterThan(1_000);
    expect(problems).toEqual([]);
  });

  it('draws the backbone by default and every tie when asked', async () => {
    const answer = await apiGraph('level=unit&window=365d');
    const significant = answer.edges.filter((e) => e.disparity! < 0.05).length;
    expect(significant).toBeGreaterThan(0);
    expect(significant).toBeLessThan(answer.edges.length);
    const { page, problems } = await fixture.explorer.open('analyst', '#/map?window=365d&colour=stage');
    await mapSettled(page);
    const drawn = Number(
      /Backbone: (\d+) ties are drawn/.exec((await page.textContent('.map-status'))!)?.[1],
    );
    expect(drawn).toBeGreaterThanOrEqual(significant);
    expect(drawn).toBeLessThan(answer.edges.length);
    const few = total(await stageInk(page));
    await screenshot(page, 'map-backbone');
    await page.check('#map-all-ties');
    await page.waitForFunction(() => window.location.hash.includes('ties=all'));
    await mapSettled(page);
    const all = total(await stageInk(page));
    // More ties drawn: more stage ink (overlapping ties and the layout's new positions keep it from being
    // proportional), and the status counts every tie of the answer.
    expect(all).toBeGreaterThan(few);
    const status = (await page.textContent('.map-status'))!;
    expect(status).not.toContain('Backbone');
    expect(status).toContain(`${answer.edges.length.toLocaleString('en')} ties`);
    expect(problems).toEqual([]);
  });
});

describe('map: selection', () => {
  for (const level of ['unit', 'person'] as const) {
    it(`dims everything but a selected node's neighbourhood (${level} level)`, async () => {
      const answer = await apiGraph(`level=${level}&window=90d`);
      const degree = new Map<string, number>();
      for (const e of answer.edges)
        for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      // The node with the fewest ties (but one): much of the map is outside its neighbourhood.
      const tied = answer.nodes.filter((n) => (degree.get(n.id) ?? 0) >= 1);
      const node = tied.sort((a, b) => degree.get(a.id)! - degree.get(b.id)!)[0]!;
      const { page, problems } = await fixture.explorer.open('analyst', `#/map?level=${level}`);
      const before = await restedInk(page, KIND_COLOURS);
      await page.evaluate(
        ([lvl, id]) => (window.location.hash = `#/map?level=${lvl}&node=${encodeURIComponent(id!)}`),
        [level, node.id],
      );
      await page.waitForSelector(`#details-title:text-is("${node.label}")`);
      await page.waitForTimeout(300);
      const after = await inkNear(page, KIND_COLOURS, 0);
      await screenshot(page, `map-select-${level}`);
      expect(total(after)).toBeLessThan(total(before) * (level === 'unit' ? 0.85 : 0.5));
      expect(total(after)).toBeGreaterThan(0); // the node and its neighbours keep their colour
      await page.click('.map-stage canvas', { position: { x: 5, y: 300 } });
      await page.waitForFunction(() => !window.location.hash.includes('node='));
      await page.waitForTimeout(300);
      expect(total(await inkNear(page, KIND_COLOURS, 0))).toBeGreaterThan(total(before) * 0.9);
      expect(problems).toEqual([]);
    });
  }

  it('fits the map again with the Fit button after the user zoomed, and a click does not stir the layout', async () => {
    const { page, problems } = await fixture.explorer.open('analyst');
    const fitted = total(await restedInk(page, KIND_COLOURS));
    await page.focus('.map-stage canvas');
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await page.waitForTimeout(300);
    const zoomed = total(await inkNear(page, KIND_COLOURS, 0));
    expect(Math.abs(zoomed - fitted)).toBeGreaterThan(fitted * 0.2);
    await page.click('.map-fit');
    await page.waitForTimeout(700);
    const refitted = total(await inkNear(page, KIND_COLOURS, 0));
    expect(Math.abs(refitted - fitted)).toBeLessThan(fitted * 0.05);
    await screenshot(page, 'map-fit');
    // A click on the map (press and release, no move) selects and leaves the layout at rest.
    const box = (await page.locator('.map-stage canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
    expect(await page.getAttribute('.map-stage', 'data-layout')).toBe('settled');
    expect(problems).toEqual([]);
  });
});

describe('map: ties can be hovered and opened', () => {
  it('names a hovered tie and opens its relationship on a click', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/map?window=365d&colour=stage');
    await restedInk(page, []);
    let opened = false;
    for (const colour of shownStages) {
      for (const [x, y] of await pointsOf(page, colour, 30)) {
        await page.mouse.move(x, y);
        const text = await page
          .locator('.map-tooltip:not([hidden])')
          .textContent({ timeout: 300 })
          .catch(() => null);
        if (!text?.includes('Click to open the relationship')) continue;
        expect(text).toMatch(/ — .*engagements? in the window.*Stage: /);
        await screenshot(page, 'map-tie-hover');
        await page.mouse.click(x, y);
        await page.waitForFunction(() => window.location.hash.startsWith('#/relationships'));
        expect(page.url()).toMatch(/rel=[^,&]+%2C|rel=[^,&]+,/);
        opened = true;
        break;
      }
      if (opened) break;
    }
    expect(opened).toBe(true);
    await page.waitForSelector('.relationship-detail, [aria-labelledby], h2', { timeout: 30_000 });
    await screenshot(page, 'map-tie-opened');
    expect(problems).toEqual([]);
  });
});

describe('map: plain words', () => {
  it("explains every metric of a unit's details, writes no exponent, and says what matters first", async () => {
    const answer = await apiGraph('level=unit&window=90d');
    const unit = answer.nodes.find((n) => n.unitKind === 'business')!;
    const { page, problems } = await fixture.explorer.open('viewer', `#/map?node=${unit.id}`);
    await mapSettled(page);
    await page.waitForSelector(`#details-title:text-is("${unit.label}")`);
    const help = await page.$$eval('.details tr[data-metric] th', (cells) =>
      cells.map((c) => c.getAttribute('title') ?? ''),
    );
    expect(help.length).toBe(answer.metrics.length);
    for (const sentence of help) expect(sentence.length).toBeGreaterThan(20);
    const shown = await page.$$eval('.details tr[data-metric] td', (cells) =>
      cells.map((c) => c.textContent),
    );
    for (const text of shown) expect(text).not.toMatch(/\de[-+]\d/);
    expect(await page.textContent('.details .insights')).toContain(`${unit.label} works with`);
    expect(await page.textContent('.legend')).toMatch(/Node size: .*\w/);
    await screenshot(page, 'map-plain-words');
    expect(problems).toEqual([]);
  });

  it('lays the person level out grouped by unit', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/map?level=person&colour=unit');
    await restedInk(page, []);
    await screenshot(page, 'map-person-by-unit');
    expect(problems).toEqual([]);
  });
});
