/**
 * The silos view in headless Chromium against the real GET /api/silos and the `s` demo org (seed 1) in Neo4j:
 * the planted isolated department ranks first with its rules, the planted broker is listed with the API's
 * reason and marked on the map (their unit; at person level, the person), a row click selects the unit, and a
 * viewer sees no person's name.
 */
import { describe, expect, it } from 'vitest';
import { SILO_COLOURS } from '../../client/silos/siloMap.ts';
import type { SilosAnswer } from '../../server/schema/silos.ts';
import { drawnColours, screenshot, useExplorer } from './support/explorer.ts';

const fixture = useExplorer('s', 1);

const settled = '.silo-stage[data-layout="settled"]';
/** The map fits itself to the view over 400 ms once at rest. */
const fitted = (page: import('playwright-core').Page) => page.waitForTimeout(500);

async function apiSilos(): Promise<SilosAnswer> {
  const response = await fixture.explorer.app.call('/api/silos?window=90d', { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as SilosAnswer;
}

describe('silos view', () => {
  it('ranks the planted isolated department first, with its rules, and marks the broker', async () => {
    const truth = fixture.org.groundTruth;
    const { page, problems } = await fixture.explorer.open('analyst', '#/silos');
    await page.waitForSelector(settled);
    const answer = await apiSilos();
    const order = await page.$$eval('tr[data-unit]', (rows) => rows.map((r) => r.getAttribute('data-unit')));
    expect(order[0]).toBe(truth.isolatedDepartment);
    expect(order).toEqual(answer.units.map((u) => u.id));
    const first = page.locator(`tr[data-unit="${truth.isolatedDepartment}"]`);
    expect(await first.textContent()).toContain('Isolated');
    await first.locator('.rules-toggle').press('Enter');
    const checks = page.locator(`#checks-${truth.isolatedDepartment} .checks tbody tr`);
    expect(await checks.count()).toBe(answer.units[0]!.checks.length);
    expect(await page.locator(`#checks-${truth.isolatedDepartment} .checks tr.fired`).count()).toBe(
      answer.units[0]!.checks.filter((c) => c.fired).length,
    );
    const broker = fixture.org.bundle.people.find((p) => p.id === truth.broker.personId)!;
    const failures = await page.textContent('.failures');
    expect(failures).toContain(broker.name);
    const separation = answer.singlePointsOfFailure.people.find((s) => s.people?.[0]?.id === broker.id)!;
    expect(failures).toContain(separation.reason);
    // the canvas is redrawn on its own frames after the layout settles: look until a frame shows both marks
    const drawn = (colour: string) => async () => (await drawnColours(page, [colour]))[colour];
    await expect.poll(drawn(SILO_COLOURS.isolated), { timeout: 30_000 }).toBeGreaterThan(50);
    await expect.poll(drawn(SILO_COLOURS.failure), { timeout: 30_000 }).toBeGreaterThan(50);
    await fitted(page);
    await screenshot(page, 'silos-unit');
    await page.click(`tr[data-unit="${truth.broker.departmentId}"]`);
    await page.waitForFunction(
      (id) => window.location.hash.includes(`node=${id}`),
      truth.broker.departmentId,
    );
    expect(await page.getAttribute(`tr[data-unit="${truth.broker.departmentId}"]`, 'class')).toContain(
      'selected',
    );
    expect(problems).toEqual([]);
  });

  it('marks the broker as a person on the person-level map for analysts', async () => {
    const { page, problems } = await fixture.explorer.open('analyst', '#/silos?level=person');
    await page.waitForSelector(settled);
    const colours = await drawnColours(page, [SILO_COLOURS.failure, SILO_COLOURS.isolated]);
    expect(colours[SILO_COLOURS.failure]).toBeGreaterThan(10);
    expect(colours[SILO_COLOURS.isolated]).toBeGreaterThan(10);
    expect(await page.textContent('.silo-legend')).toContain('Single point of failure');
    await fitted(page);
    await screenshot(page, 'silos-person');
    expect(problems).toEqual([]);
  });

  it('keeps person names from a viewer and never offers the person level, not even through a link', async () => {
    const { page, problems } = await fixture.explorer.open('viewer', '#/silos');
    await page.waitForSelector(settled);
    await page.click(`tr[data-unit="${fixture.org.groundTruth.isolatedDepartment}"] .rules-toggle`);
    const text = await page.evaluate(() => document.body.innerText);
    for (const person of fixture.org.bundle.people) expect(text).not.toContain(person.name);
    await fitted(page);
    await screenshot(page, 'silos-viewer');
    const levels = () =>
      page.$$eval('#silos-level option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(await levels()).toEqual(['unit']);
    expect(problems).toEqual([]);
    const linked = await fixture.explorer.open('viewer', '#/silos?level=person');
    await linked.page.waitForSelector(settled);
    expect(await linked.page.inputValue('#silos-level')).toBe('unit');
    expect(linked.page.url()).not.toContain('level=person');
    const text2 = await linked.page.evaluate(() => document.body.innerText);
    for (const person of fixture.org.bundle.people) expect(text2).not.toContain(person.name);
    expect(linked.problems).toEqual([]);
  });
});
