/**
 * The explorer under test: the app in-process (the integration tests' harness) with the built client at `/`,
 * the real Neo4j of the global setup, and headless Chromium. Pages sign in by putting the token of a role in
 * sessionStorage before the app loads; every console error, failed request and CSP violation of a page is
 * collected so tests can assert there were none. Screenshots go to test-artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../../server/auth/roles.ts';
import type { Database } from '../../../server/db/database.ts';
import { CLIENT_DIST, ensureClientBuilt } from '../../../server/explorer/build.ts';
import type { GeneratedOrg } from '../../../seed/generate.ts';
import type { Size } from '../../../seed/org.ts';
import { startTestApp, type TestApp } from '../../integration/api/appHarness.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { importDemoOrg } from '../../support/demoOrg.ts';
import { launchChromium, type LaunchedBrowser } from './chromium.ts';

export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

export interface Explorer {
  app: TestApp;
  browser: LaunchedBrowser;
  /** A new tab signed in as `role` (or not signed in), at `hash`. */
  open(role: Role | 'none', hash?: string): Promise<ExplorerPage>;
  close(): Promise<void>;
}

export interface ExplorerPage {
  page: Page;
  /** Console errors, page errors, failed requests and CSP violations seen so far. */
  problems: string[];
}

export async function startExplorer(db: Database): Promise<Explorer> {
  await ensureClientBuilt();
  const app = await startTestApp(db, { explorerDir: CLIENT_DIST });
  const browser = await launchChromium();
  const open = async (role: Role | 'none', hash = ''): Promise<ExplorerPage> => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    if (role !== 'none') {
      const token = app.tokens[role];
      await page.addInitScript((value) => window.sessionStorage.setItem('trellis.token', value), token);
    }
    await page.goto(`${app.base}/${hash}`);
    return { page, problems };
  };
  return {
    app,
    browser,
    open,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

export interface ExplorerFixture {
  db: Database;
  explorer: Explorer;
  /** The demo org as generated, with its ground truth. */
  org: GeneratedOrg;
}

/** Registers the file's beforeAll/afterAll: a demo org in the test database and the explorer in front of it. */
export function useExplorer(size: Size, seed: number): ExplorerFixture {
  const fixture = {} as ExplorerFixture;
  beforeAll(async () => {
    fixture.db = await connectTestDatabase();
    fixture.org = await importDemoOrg(fixture.db, size, seed);
    fixture.explorer = await startExplorer(fixture.db);
  });
  afterAll(async () => {
    await fixture.explorer?.close();
    await fixture.db?.close();
  });
  return fixture;
}

/** An API answer as the analyst's explorer receives it (the tests compare what is drawn with it). */
export async function analystAnswer<T>(fixture: ExplorerFixture, path: string): Promise<T> {
  const response = await fixture.explorer.app.call(path, { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Waits until the map has an answer drawn and its layout has come to rest. */
export async function mapSettled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('.map-status[data-state="shown"]', { timeout });
  await page.waitForSelector('.map-stage[data-layout="settled"]', { timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Clicks a node the way a person finds one: search its name (keyboard: type, Enter), which centres the map on
 * it, close the details, then point at the centre of the map until the tooltip names it, and click.
 */
export async function clickNode(page: Page, label: string): Promise<void> {
  await page.fill('#map-search', label);
  await page.waitForSelector('#map-search-results [role="option"]');
  await page.press('#map-search', 'Enter');
  await page.click('.details-head button');
  const box = (await page.locator('.map-stage canvas').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const bound = Date.now() + 30_000; // bounds a hang only: a busy machine may take long to show the tooltip
  for (let attempt = 0; Date.now() < bound; attempt++) {
    await page.mouse.move(x + (attempt % 2), y);
    const shown = await page
      .locator('.map-tooltip:not([hidden]) strong')
      .textContent({ timeout: 100 })
      .catch(() => null);
    if (shown === label) return page.mouse.click(x + (attempt % 2), y);
    await page.waitForTimeout(100);
  }
  throw new Error(`the map never showed ${label} at its centre`);
}

/** How many canvas pixels have exactly each of the given colours (#RRGGBB). */
export function drawnColours(page: Page, colours: string[]): Promise<Record<string, number>> {
  return page.$eval(
    '.map-stage canvas',
    (canvas, wanted) => {
      const context = (canvas as HTMLCanvasElement).getContext('2d')!;
      const { data } = context.getImageData(
        0,
        0,
        (canvas as HTMLCanvasElement).width,
        (canvas as HTMLCanvasElement).height,
      );
      const counts: Record<string, number> = Object.fromEntries(wanted.map((c) => [c, 0]));
      const byRgb = new Map(wanted.map((c) => [Number.parseInt(c.slice(1), 16), c]));
      for (let i = 0; i < data.length; i += 4) {
        const colour = byRgb.get((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (colour) counts[colour]! += 1;
      }
      return counts;
    },
    colours,
  );
}
