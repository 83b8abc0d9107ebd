/**
 * POST /api/import as a job (`?async=1` or `Prefer: respond-async`) against the real Neo4j: 202 with the job's
 * Location once the upload is in, the job's rows growing to all of them, and its outcome the synchronous answer
 * (same graph too); a bad upload's job fails with the rows' file, line and field and writes nothing; the job
 * route is for admins; temporary files are removed however the job ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportJobs } from '../../../server/api/importJobs.ts';
import type { Database } from '../../../server/db/database.ts';
import type { ImportJobAnswer } from '../../../server/schema/importJob.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../../support/db.ts';
import { BAD_CSV_ISSUES, IMPORT_FIXTURES as FIXTURES } from '../../support/fixtures.ts';
import { startTestApp, type TestApp } from './appHarness.ts';

const TINY_JSON = fs.readFileSync(path.join(FIXTURES, 'tiny.json'), 'utf8');
const JOB_PATH = /^\/api\/import\/jobs\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

let db: Database;
let app: TestApp;
let tempDir: string;
const jobs = new ImportJobs();
const updates: ImportJobAnswer[] = [];
jobs.onUpdate((answer) => updates.push(answer));

beforeAll(async () => {
  db = await connectTestDatabase();
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-import-jobs-test-'));
  app = await startTestApp(db, { importTempDir: tempDir, importJobs: jobs });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearGraph(db);
  updates.length = 0;
});
afterEach(() => expect(fs.readdirSync(tempDir)).toEqual([])); // temporary files gone, whatever happened

function csvForm(folder: string): FormData {
  const form = new FormData();
  for (const file of fs.readdirSync(path.join(FIXTURES, folder))) {
    const text = fs.readFileSync(path.join(FIXTURES, folder, file), 'utf8');
    form.append(file, new Blob([text], { type: 'text/csv' }), file);
  }
  return form;
}

type Body = { json: string } | { form: () => FormData };

function post(body: Body, how: 'query' | 'prefer' | 'sync') {
  const headers: Record<string, string> = 'json' in body ? { 'content-type': 'application/json' } : {};
  if (how === 'prefer') headers.prefer = 'respond-async, wait=0';
  const query = how === 'query' ? '?async=1' : '';
  const payload = 'json' in body ? body.json : body.form();
  return app.call(`/api/import${query}`, { as: 'admin', method: 'POST', body: payload, headers });
}

/** Posts as a job: 202 with the job's Location and its first state. */
async function startJob(body: Body, how: 'query' | 'prefer' = 'query'): Promise<string> {
  const res = await post(body, how);
  expect(res.status).toBe(202);
  const location = res.headers.get('location')!;
  const job = (await res.json()) as ImportJobAnswer;
  expect(location).toMatch(JOB_PATH);
  expect(location).toBe(`/api/import/jobs/${job.id}`);
  expect(job).toMatchObject({ state: 'running', step: 'validating', rowsDone: 0 });
  if (how === 'prefer') expect(res.headers.get('preference-applied')).toBe('respond-async');
  return location;
}

/** Asks for the job until it has ended (every state seen, in order); the timeout only bounds a hang. */
async function poll(location: string): Promise<ImportJobAnswer[]> {
  const seen: ImportJobAnswer[] = [];
  const start = Date.now();
  while (seen.at(-1)?.state !== 'done' && seen.at(-1)?.state !== 'failed') {
    if (Date.now() - start > 120_000) throw new Error('the job did not end in time');
    const res = await app.call(location, { as: 'admin' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    seen.push((await res.json()) as ImportJobAnswer);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return seen;
}

/** The rows written never go back, and end at all of them. */
function expectRowsGrowToTotal(states: ImportJobAnswer[]): void {
  const done = states.map((state) => state.rowsDone);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  const last = states.at(-1)!;
  expect(last.rowsTotal).toBeGreaterThan(0);
  expect(last.rowsDone).toBe(last.rowsTotal);
}

describe('POST /api/import?async=1', () => {
  it.each([
    ['a JSON bundle, ?async=1', { json: TINY_JSON }, 'query'],
    ['CSV files, Prefer: respond-async', { form: () => csvForm('tiny-csv') }, 'prefer'],
  ] as const)(
    'runs %s as a job whose rows grow to all and whose outcome is the synchronous answer',
    async (_name, body, how) => {
      const location = await startJob(body, how);
      const id = JOB_PATH.exec(location)![1]!;
      const polled = await poll(location);
      const last = polled.at(-1)!;
      expect(last.state, JSON.stringify(last.problem)).toBe('done');
      expect(last.step).toBeNull();
      expectRowsGrowToTotal(polled);
      // Every batch the importer reported, as the job saw it: the rows grow step by step up to all of them.
      const watched = updates.filter((update) => update.id === id);
      expectRowsGrowToTotal(watched);
      expect(new Set(watched.map((update) => update.rowsDone)).size).toBeGreaterThan(2);
      expect(watched[0]!.rowsDone).toBeLessThan(watched[0]!.rowsTotal);
      expect(watched.some((update) => update.step?.startsWith('writing ('))).toBe(true);
      const graph = await graphFingerprint(db);

      await clearGraph(db);
      const sync = await post(body, 'sync');
      expect(sync.status).toBe(200);
      expect(last.outcome).toEqual(await sync.json());
      expect(await graphFingerprint(db)).toEqual(graph);
    },
  );

  it('fails a bad upload’s job with each bad row’s file, line and field, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const polled = await poll(await startJob({ form: () => csvForm('bad-csv') }));
    const last = polled.at(-1)!;
    expect(last).toMatchObject({ state: 'failed', rowsDone: 0, step: null });
    expect(last.outcome).toBeUndefined();
    const problem = last.problem as unknown as { errors: Array<Record<string, unknown>> };
    expect(problem).toMatchObject({ code: 'import_invalid', status: 422, errorCount: BAD_CSV_ISSUES.length });
    expect(problem.errors.map((e) => `${e.file}:${e.line} ${e.field}`).sort()).toEqual(BAD_CSV_ISSUES);
    expect(await graphFingerprint(db)).toEqual(before);
    // The import is free again: the next one runs.
    expect((await post({ json: TINY_JSON }, 'sync')).status).toBe(200);
  });

  it('answers a problem at once when the upload itself cannot be read, and starts no job', async () => {
    const res = await app.call('/api/import?async=1', {
      as: 'admin',
      method: 'POST',
      body: 'id,name\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('location')).toBeNull();
    expect(updates).toEqual([]);
  });
});

describe('GET /api/import/jobs/:id', () => {
  it('is for admins, who may import: others get 401 or 403, an unknown job 404, a malformed id 400', async () => {
    const location = await startJob({ json: TINY_JSON });
    await poll(location);
    const graph = await graphFingerprint(db);
    for (const [as, status] of [
      ['none', 401],
      ['viewer', 403],
      ['analyst', 403],
    ] as const) {
      const res = await app.call(location, { as });
      expect(res.status, as).toBe(status);
      expect(await res.json()).toMatchObject({ code: status === 401 ? 'unauthorized' : 'forbidden' });
    }
    const unknown = await app.call(`/api/import/jobs/${crypto.randomUUID()}`, { as: 'admin' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'not_found' });
    expect((await app.call('/api/import/jobs/p-ana', { as: 'admin' })).status).toBe(400);
    // Nor may anyone below admin start one.
    const bundle = JSON.parse(TINY_JSON) as unknown;
    await clearGraph(db);
    for (const as of ['viewer', 'analyst'] as const)
      expect((await app.call('/api/import?async=1', { as, json: bundle })).status, as).toBe(403);
    expect((await graphFingerprint(db)).nodes).toBe(0);
    expect(graph.nodes).toBeGreaterThan(0);
  });
});
