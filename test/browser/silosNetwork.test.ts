/**
 * "What people do / What people say" in the silos view (issue 13 item 4), in headless Chromium against the `s`
 * demo org (seed 1) with its advice survey: the switch chosen on the map carries to the silos view and back
 * (one state, one URL); the survey's silos are the API's `network=survey` answer — the table's rows and flags,
 * the map's marks counted by the view and in pixels — and differ from the behavioural ones; the view says which
 * network it shows, and leaves out the parts the API reads from engagements only.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SILO_COLOURS } from '../../client/silos/siloMap.ts';
import { siloMarks, siloStatus, type SiloStatus } from '../../client/silos/siloMarks.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { NetworkKind } from '../../server/schema/survey.ts';
import type { SilosAnswer } from '../../server/schema/silos.ts';
import { analystAnswer, drawnColours, mapSettled, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

const settled = '.silo-stage[data-layout="settled"]';

interface Expected {
  silos: SilosAnswer;
  counts: Record<SiloStatus, number>;
}

/** The API's silos of a network, and how many nodes of its unit map each status marks. */
async function expected(network: NetworkKind): Promise<Expected> {
  const query = network === 'survey' ? '&network=survey' : '';
  const silos = await analystAnswer<SilosAnswer>(fixture, `/api/silos?window=90d${query}`);
  const graph = await analystAnswer<GraphAnswer>(
    fixture,
    `/api/graph?level=unit&window=90d&limit=20000${query}`,
  );
  expect([silos.network, graph.network ?? 'behaviour']).toEqual([network, network]);
  const marks = siloMarks(silos);
  const counts: Record<SiloStatus, number> = { isolated: 0, failure: 0, other: 0 };
  for (const node of graph.nodes) counts[siloStatus(node, marks)] += 1;
  return { silos, counts };
}

/** Waits for the silos of `network` to be drawn: the summary names it and the map has come to rest. */
async function silosShown(page: Page, network: NetworkKind): Promise<void> {
  const words = network === 'survey' ? 'what people say' : 'what people do';
  await page.waitForSelector(`.silos-summary:has-text("In ${words}:")`, { timeout: 60_000 });
  await page.waitForSelector(`.silo-stage canvas[aria-label*="in ${words}:"]`, { timeout: 60_000 });
  await page.waitForSelector(settled, { timeout: 60_000 });
}

/** What the view shows of the silos: the table's rows in order, the flagged rows, the map's description. */
async function shown(page: Page) {
  return {
    order: await page.$$eval('tr[data-unit]', (rows) => rows.map((r) => r.getAttribute('data-unit'))),
    flagged: await page.locator('tr[data-unit].flagged').count(),
    label: (await page.getAttribute('.silo-stage canvas', 'aria-label')) ?? '',
    caption: (await page.textContent('#silos-network-shown')) ?? '',
  };
}

/** The map's own count of each status, and the pixels of each status's colour once a frame shows them. */
async function expectDrawn(page: Page, { silos, counts }: Expected): Promise<Record<string, number>> {
  const view = await shown(page);
  expect(view.order).toEqual(silos.units.map((unit) => unit.id));
  expect(view.flagged).toBe(silos.units.filter((unit) => unit.flagged).length);
  expect(view.label).toContain(`${counts.isolated} in isolated units`);
  expect(view.label).toContain(`${counts.failure} marked as single points of failure`);
  const colours = [SILO_COLOURS.isolated, SILO_COLOURS.failure];
  const marked = async () => {
    const drawn = await drawnColours(page, colours);
    return drawn[SILO_COLOURS.isolated]! > 0 === counts.isolated > 0 &&
      drawn[SILO_COLOURS.failure]! > 0 === counts.failure > 0
      ? drawn
      : undefined;
  };
  // the canvas is redrawn on its own frames after the layout settles: look until a frame shows the marks
  await expect.poll(marked, { timeout: 30_000 }).toBeDefined();
  return (await marked())!;
}

describe('silos view: what people do / what people say', () => {
  it('carries the network from the map, draws the survey’s silos, and back', async () => {
    const [done, said] = [await expected('behaviour'), await expected('survey')];
    // the two networks' silos must differ for the drawing to tell them apart
    expect(said.silos.units.map((u) => [u.id, u.flagged])).not.toEqual(
      done.silos.units.map((u) => [u.id, u.flagged]),
    );
    expect(said.counts).not.toEqual(done.counts);

    const { page, problems } = await fixture.explorer.open('analyst', '#/map?network=survey');
    await mapSettled(page);
    await page.click('header nav a:text-is("Silos")');
    await silosShown(page, 'survey');
    expect(page.url()).toContain('network=survey');
    expect(await page.isChecked('#silos-network-survey')).toBe(true);
    expect((await shown(page)).caption).toContain('what people say');
    const surveyPixels = await expectDrawn(page, said);
    // what is read from engagements only is left out, and the view says so
    expect(await page.isVisible('.behaviour-only')).toBe(true);
    expect(await page.isHidden('.overload')).toBe(true);
    expect(await page.locator('.introductions-ask').count()).toBe(0);
    await screenshot(page, 'silos-survey');

    await page.check('#silos-network-behaviour');
    await silosShown(page, 'behaviour');
    expect(page.url()).not.toContain('network=survey');
    expect((await shown(page)).caption).toContain('what people do');
    const behaviourPixels = await expectDrawn(page, done);
    expect(behaviourPixels).not.toEqual(surveyPixels);
    expect(await page.isHidden('.behaviour-only')).toBe(true);
    await page.waitForSelector('.overload:not([hidden])');

    // back on the map the switch shows the silos view's choice; the map's choice carries to the silos again
    await page.click('header nav a:text-is("Network map")');
    await mapSettled(page);
    expect(await page.isChecked('#map-network-behaviour')).toBe(true);
    const survey = page.waitForResponse((r) => r.url().includes('/api/graph') && r.url().includes('survey'));
    await page.check('#map-network-survey');
    await survey;
    await mapSettled(page);
    await page.click('header nav a:text-is("Silos")');
    await silosShown(page, 'survey');
    expect(await page.isChecked('#silos-network-survey')).toBe(true);
    expect((await shown(page)).order).toEqual(said.silos.units.map((unit) => unit.id));
    expect(problems).toEqual([]);
  });

  it('opens a link to the survey’s silos as a viewer, without naming anyone', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/silos?network=survey');
    await silosShown(page, 'survey');
    const silos = await fixture.explorer.app.call('/api/silos?window=90d&network=survey', { as: 'viewer' });
    const answer = (await silos.json()) as SilosAnswer;
    expect((await shown(page)).order).toEqual(answer.units.map((unit) => unit.id));
    // a viewer is offered neither overload nor introductions in either network: no note about them either
    expect(await page.isHidden('.behaviour-only')).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    for (const person of fixture.org.bundle.people) expect(text).not.toContain(person.name);
    expect(problems).toEqual([]);
  });
});
