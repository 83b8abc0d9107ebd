/**
 * "What if … left?" on the map in headless Chromium, against the real POST /api/whatif and the `s` demo org
 * (seed 1) in Neo4j: removing the planted broker dashes the broker's ties, rings the members of the department
 * that hung on them and says in words that it would lose every path to IT; a viewer may ask about a unit (and
 * sees its ties dashed on the unit map) but is never offered a person.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WHATIF_COLOURS } from '../../client/whatif/whatIfColours.ts';
import { mapSettled, screenshot, useExplorer } from './support/explorer.ts';
import { inkNear } from './support/mapPixels.ts';

const fixture = useExplorer('s', 1);

const ink = (page: Page, colour: string) => async () => (await inkNear(page, [colour], 6))[colour]!;
const count = async (page: Page, mark: string) =>
  Number((await page.getAttribute(`.whatif-key [data-mark="${mark}"]`, 'data-count')) ?? 0);

describe('what if … left? on the map', () => {
  it('dashes the planted broker’s ties and rings the department that hung on them', async () => {
    const { personId, departmentId, providerId } = fixture.org.groundTruth.broker;
    const broker = fixture.org.bundle.people.find((p) => p.id === personId)!;
    const department = fixture.org.bundle.units.find((u) => u.id === departmentId)!;
    const { page, problems } = await fixture.explorer.open('analyst', `#/map?level=person&node=${personId}`);
    await mapSettled(page);
    await page.waitForSelector(`#details-title:text-is("${broker.name}")`);
    expect(await ink(page, WHATIF_COLOURS.cut)()).toBe(0);
    await page.click('.whatif-ask');
    await page.waitForSelector('.whatif [data-list="disconnected"]');
    const cutApart = await page.textContent('.whatif [data-list="disconnected"]');
    const it = fixture.org.bundle.units.find((u) => u.id === providerId)!.name;
    const pair = [`${department.name} and ${it}`, `${it} and ${department.name}`];
    expect(pair.some((names) => cutApart!.includes(`${names} would lose every path`))).toBe(true);
    expect(await count(page, 'cut')).toBeGreaterThan(0);
    expect(await count(page, 'isolated')).toBeGreaterThan(0);
    expect(await count(page, 'leaving')).toBe(1);
    expect(await page.textContent('.whatif [data-list="units"]')).toContain(
      `${department.name} would become isolated`,
    );
    // the marks are on the canvas: dashes of the cut ties, rings of the department's members
    await expect.poll(ink(page, WHATIF_COLOURS.cut), { timeout: 30_000 }).toBeGreaterThan(40);
    await expect.poll(ink(page, WHATIF_COLOURS.isolated), { timeout: 30_000 }).toBeGreaterThan(40);
    await screenshot(page, 'whatif-person-broker');
    await page.click('.whatif-back');
    await expect.poll(ink(page, WHATIF_COLOURS.cut), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('.whatif').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('lets a viewer ask about a unit, with its cut ties dashed, but never about a person', async () => {
    const { departmentId } = fixture.org.groundTruth.broker;
    const department = fixture.org.bundle.units.find((u) => u.id === departmentId)!;
    const { page, problems } = await fixture.explorer.open('viewer', `#/map?node=${departmentId}`);
    await mapSettled(page);
    await page.waitForSelector(`#details-title:text-is("${department.name}")`);
    expect(await page.textContent('.whatif-ask')).toBe(`What if ${department.name} left?`);
    await page.click('.whatif-ask');
    await page.waitForSelector('.whatif-key');
    expect(await count(page, 'cut')).toBeGreaterThan(0);
    expect(await count(page, 'leaving')).toBe(1);
    await expect.poll(ink(page, WHATIF_COLOURS.cut), { timeout: 30_000 }).toBeGreaterThan(40);
    const text = await page.evaluate(() => document.body.innerText);
    for (const person of fixture.org.bundle.people) expect(text).not.toContain(person.name);
    await screenshot(page, 'whatif-viewer-unit');
    // the person level is not offered to a viewer: a link to a person opens the unit map, with no person to ask
    const person = await fixture.explorer.open(
      'viewer',
      `#/map?level=person&node=${fixture.org.groundTruth.broker.personId}`,
    );
    await mapSettled(person.page);
    expect(await person.page.locator('.whatif-ask').count()).toBe(0);
    expect(await person.page.locator('#map-level option[value="person"]').count()).toBe(0);
    expect([...problems, ...person.problems]).toEqual([]);
  });
});
