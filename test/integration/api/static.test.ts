/**
 * The explorer's files at `/`: the app's security headers (CSP) on every file, a year's immutable cache for
 * hashed assets, revalidation for index.html, no dotfiles, and a clear 503 when nothing is built.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type TestApp } from './appHarness.ts';

let db: Database;
let built: TestApp;
let unbuilt: TestApp;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-dist-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Trellis</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-CLCfwBAf.js'), 'console.log(1);');
  fs.writeFileSync(path.join(dist, '.sources-sha256'), 'secret-ish');
  db = await connectTestDatabase();
  built = await startTestApp(db, { explorerDir: dist });
  unbuilt = await startTestApp(db, { explorerDir: path.join(dist, 'missing') });
});
afterAll(async () => {
  await built?.close();
  await unbuilt?.close();
  await db?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('explorer files', () => {
  it('serves index.html at / with the CSP and revalidation', async () => {
    const response = await built.call('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(await response.text()).toContain('<title>Trellis</title>');
  });

  it('caches hashed assets for a year', async () => {
    const response = await built.call('/assets/index-CLCfwBAf.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves no dotfiles and answers 404 for unknown files', async () => {
    expect((await built.call('/.sources-sha256')).status).toBe(404);
    expect((await built.call('/nothing-here.js')).status).toBe(404);
  });

  it('leaves the API as it was', async () => {
    expect((await built.call('/api/health')).status).toBe(200);
    const missing = await built.call('/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('says how to build the explorer when it is not built', async () => {
    const response = await unbuilt.call('/');
    expect(response.status).toBe(503);
    const problem = (await response.json()) as { code: string };
    expect(problem.code).toBe('explorer_not_built');
  });
});
