/**
 * "My week" in headless Chromium against the real GET /api/digest and the `s` demo org (seed 1): a token that
 * names the declining relationship's BRM finds "My week" in the header, the page draws every line of the API's
 * digest in its section (the planted declining relationship among them, as a link that opens it on the
 * relationships dashboard); a token without a person is not offered the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestAnswer } from '../../server/schema/digest.ts';
import { useDigestApp } from '../support/digestOrg.ts';
import { launchChromium, type LaunchedBrowser } from './support/chromium.ts';
import { screenshot } from './support/explorer.ts';

const TOKENS = { brm: 'my-week-brm-token', analyst: 'my-week-analyst-token' };

const fixture = useDigestApp(
  (brmId) => [
    { token: TOKENS.brm, role: 'analyst', personId: brmId },
    { token: TOKENS.analyst, role: 'analyst' },
  ],
  true,
);
let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(token: string, hash: string) {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript((value) => window.sessionStorage.setItem('trellis.token', value), token);
  await page.goto(`${fixture.app.base}/${hash}`);
  return { page, problems };
}

describe('My week', () => {
  it('draws every line of the BRM’s digest, linked into the explorer', async () => {
    const res = await fetch(`${fixture.app.base}/api/digest`, {
      headers: { authorization: `Bearer ${TOKENS.brm}` },
    });
    expect(res.status).toBe(200);
    const digest = (await res.json()) as DigestAnswer;
    const { page, problems } = await open(TOKENS.brm, '#/map');
    const nav = page.locator('nav a', { hasText: 'My week' });
    await nav.waitFor({ state: 'visible' });
    await nav.click();
    await page.waitForSelector('.digest-section', { timeout: 120_000 });
    expect(await page.locator('.digest-section').count()).toBe(digest.sections.length);
    for (const section of digest.sections) {
      const drawn = page.locator(`.digest-section[data-section="${section.id}"] .digest-line`);
      expect(await drawn.count(), section.id).toBe(section.lines.length);
    }
    const total = digest.sections.reduce((sum, s) => sum + s.lines.length, 0);
    expect(total).toBeGreaterThan(0);
    // each line is drawn: a box with height, inside the page's width
    const boxes = await page.$$eval('.digest-line', (items) =>
      items.map((li) => li.getBoundingClientRect()).map((r) => ({ h: r.height, w: r.width })),
    );
    expect(boxes).toHaveLength(total);
    for (const box of boxes) expect(box.h * box.w).toBeGreaterThan(0);
    // "Mark as taken" beside every line that proposes an action (the declining relationship's among them)
    const proposed = digest.sections.flatMap((s) => s.lines).filter((l) => l.proposal).length;
    expect(proposed).toBeGreaterThan(0);
    expect(await page.locator('.digest-line .mark-taken-open').count()).toBe(proposed);
    const { providerId, departmentId } = fixture.org.groundTruth.decliningRelationship;
    const declining = page.locator(
      `.digest-section[data-section="stages"] a[href="#/relationships?rel=${providerId},${departmentId}"]`,
    );
    expect(await declining.count()).toBe(1);
    expect(await declining.textContent()).toMatch(/declining/);
    await screenshot(page, 'my-week');
    await declining.click();
    await page.waitForSelector(`tr[data-key="${providerId}→${departmentId}"]`, { timeout: 120_000 });
    expect(problems).toEqual([]);
  });

  it('is not offered to a token without a person', async () => {
    const { page } = await open(TOKENS.analyst, '#/relationships');
    await page.waitForSelector('nav a');
    await page.waitForFunction(() => {
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'My week');
      return link instanceof HTMLElement && link.hidden;
    });
    expect(await page.locator('nav a', { hasText: 'My week' }).isVisible()).toBe(false);
  });
});
