/**
 * Debian's Chromium for the browser tests and the rendering benchmark, installed by the project itself (never a
 * browser download of a test tool): when /usr/bin/chromium is missing, `apt-get install -y chromium` runs once
 * (as root), and a clear message says what to do when it cannot. Launch flags keep Chromium off the network.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Installs Debian's chromium package when /usr/bin/chromium is missing; throws a message naming the fix. */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  const fix =
    'Install it with `apt-get update && apt-get install -y chromium` (Debian) and run the tests again.';
  if (process.getuid?.() !== 0) throw new Error(`${CHROMIUM} is missing and this user is not root. ${fix}`);
  process.stderr.write('Installing Debian chromium for the browser tests (once)…\n');
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 15 * 60_000,
    });
  try {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch (error) {
    throw new Error(`apt-get could not install chromium (${(error as Error).message}). ${fix}`, {
      cause: error,
    });
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get ran but ${CHROMIUM} is still missing. ${fix}`);
}

export interface LaunchedBrowser {
  /** One browser context; each new page has its own sessionStorage (its own sign-in). */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium on a fresh user-data-dir (removed on close), 1280×800 pages. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  ensureChromium();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
