/**
 * POST /api/import against the real Neo4j: JSON and CSV uploads, dry run, commit and re-commit, the
 * validation report, the size limit, one import at a time, roles, and temporary files removed in every case.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { importData, readImportSource } from '../../../server/import/importer.ts';
import { CSV_FILES } from '../../../server/schema/bundle.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../../support/db.ts';
import { BAD_CSV_ISSUES, IMPORT_FIXTURES as FIXTURES } from '../../support/fixtures.ts';
import { until } from '../../support/until.ts';
import { startTestApp, type Caller, type TestApp } from './appHarness.ts';

const TINY_JSON = fs.readFileSync(path.join(FIXTURES, 'tiny.json'), 'utf8');
const TINY_ROWS = 25;

type Problem = { code: string; status: number; errorCount?: number; errors?: Array<Record<string, unknown>> };

let db: Database;
let app: TestApp;
let tempDir: string;
beforeAll(async () => {
  db = await connectTestDatabase();
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-import-test-'));
  app = await startTestApp(db, { importTempDir: tempDir });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});
beforeEach(async () => clearGraph(db));
afterEach(() => expect(fs.readdirSync(tempDir)).toEqual([])); // temporary files gone, whatever happened

function csvForm(folder: string, rename: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const file of fs.readdirSync(path.join(FIXTURES, folder))) {
    const text = fs.readFileSync(path.join(FIXTURES, folder, file), 'utf8');
    form.append(rename[file] ?? file, new Blob([text], { type: 'text/csv' }), rename[file] ?? file);
  }
  return form;
}

function postImport(
  body: BodyInit,
  options: { dryRun?: boolean; as?: Caller; type?: string; target?: TestApp } = {},
) {
  const headers = options.type ? { 'content-type': options.type } : undefined;
  const query = options.dryRun === undefined ? '' : `?dryRun=${options.dryRun}`;
  const target = options.target ?? app;
  return target.call(`/api/import${query}`, { as: options.as ?? 'admin', method: 'POST', body, headers });
}

const postJson = (text: string, options: { dryRun?: boolean; as?: Caller; target?: TestApp } = {}) =>
  postImport(text, { ...options, type: 'application/json' });

async function fingerprintOfDirectImport(source: string) {
  await clearGraph(db);
  await importData(db, readImportSource(path.join(FIXTURES, source)));
  const fingerprint = await graphFingerprint(db);
  await clearGraph(db);
  return fingerprint;
}

describe('POST /api/import', () => {
  it('imports a JSON bundle as the command line does, and says what it created', async () => {
    const expected = await fingerprintOfDirectImport('tiny.json');
    const res = await postJson(TINY_JSON);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ dryRun: false, changed: true, totals: { updated: 0, unchanged: 0 } });
    expect(body.steps).toMatchObject({ units: { created: 3 }, engagements: { created: 3 } });
    expect(await graphFingerprint(db)).toEqual(expected);
  });

  it('imports CSV files sent as multipart/form-data into the same graph', async () => {
    const expected = await fingerprintOfDirectImport('tiny.json');
    const res = await postImport(csvForm('tiny-csv'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dryRun: false, changed: true });
    expect(await graphFingerprint(db)).toEqual(expected);
  });

  it('takes a part named by its field when the file name differs', async () => {
    const form = new FormData();
    for (const file of fs.readdirSync(path.join(FIXTURES, 'tiny-csv'))) {
      const text = fs.readFileSync(path.join(FIXTURES, 'tiny-csv', file), 'utf8');
      form.append(file, new Blob([text]), `export-${file}`);
    }
    expect((await postImport(form)).status).toBe(200);
    expect((await graphFingerprint(db)).nodes).toBeGreaterThan(0);
  });

  it('validates on a dry run and writes nothing', async () => {
    const empty = await graphFingerprint(db);
    for (const body of [TINY_JSON, csvForm('tiny-csv')]) {
      const res =
        typeof body === 'string'
          ? await postJson(body, { dryRun: true })
          : await postImport(body, { dryRun: true });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ dryRun: true, valid: true, rows: TINY_ROWS });
      expect(await graphFingerprint(db)).toEqual(empty);
    }
  });

  it('changes nothing on a second commit of the same data, and says so', async () => {
    const first = (await (await postImport(csvForm('tiny-csv'))).json()) as {
      totals: { created: number };
      dataVersion: number;
    };
    const after = await graphFingerprint(db);
    const res = await postJson(TINY_JSON, { dryRun: false });
    expect(res.status).toBe(200);
    const second = (await res.json()) as {
      changed: boolean;
      totals: Record<string, number>;
      dataVersion: number;
    };
    expect(second.changed).toBe(false);
    expect(second.totals).toEqual({ created: 0, updated: 0, unchanged: first.totals.created });
    expect(second.dataVersion).toBe(first.dataVersion);
    expect(await graphFingerprint(db)).toEqual(after);
  });

  it('answers 422 with every bad row (file, line, field) and leaves the graph as it was', async () => {
    await importData(db, readImportSource(path.join(FIXTURES, 'tiny.json')));
    const before = await graphFingerprint(db);
    const res = await postImport(csvForm('bad-csv'));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Problem;
    expect(problem).toMatchObject({ code: 'import_invalid', status: 422, errorCount: 6 });
    const found = problem.errors!.map((e) => `${e.file}:${e.line} ${e.field}`);
    expect(found.sort()).toEqual(BAD_CSV_ISSUES);
    expect(problem.errors).toContainEqual({
      path: 'participants.csv:7.personId',
      code: 'unknown_reference',
      message: "unknown person 'p-nobody'",
      file: 'participants.csv',
      line: 7,
      field: 'personId',
    });
    expect(problem.errors!.find((e) => e.path === 'engagements.csv:3.kind')).toMatchObject({
      code: 'invalid_value',
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('reports bad lines of a JSON bundle, and parts that name no section file', async () => {
    const bad = await postJson(TINY_JSON.replace('"durationMin": 15', '"durationMin": -5'));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as Problem).errors).toEqual([
      expect.objectContaining({ file: 'bundle.json', line: 26, field: 'durationMin', code: 'too_small' }),
    ]);
    const form = csvForm('tiny-csv', { 'units.csv': 'unitz.csv' });
    form.append('note', 'hello');
    const parts = await postImport(form);
    expect(parts.status).toBe(422);
    const problem = (await parts.json()) as Problem;
    const partErrors = problem.errors!.filter((e) => e.code === 'upload_part').map((e) => e.file);
    expect(partErrors).toEqual(['part 8', 'part 9']);
    const many = csvForm('tiny-csv');
    const maxParts = 2 * new Set(Object.values(CSV_FILES)).size; // two per section file
    for (let i = 0; i < maxParts; i++) many.append('units.csv', new Blob(['id\n']), 'units.csv');
    const manyParts = (await (await postImport(many)).json()) as Problem;
    expect(manyParts.errors!.map((e) => `${e.file}: ${e.message}`)).toContain(
      `upload: at most ${maxParts} parts are read`,
    );
    expect(JSON.stringify(problem)).not.toMatch(/unitz|hello/);
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });

  it('refuses bodies that are neither JSON nor multipart, and malformed multipart', async () => {
    const plain = await postImport('id,name\n', { type: 'text/csv' });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toMatchObject({ code: 'unsupported_media_type' });
    const noBoundary = await postImport('--x\r\n', { type: 'multipart/form-data' });
    expect(noBoundary.status).toBe(400);
    expect(await noBoundary.json()).toMatchObject({ code: 'input_unreadable' });
    const cut = await postImport(
      '--b\r\nContent-Disposition: form-data; name="units.csv"; filename="units.csv"\r\n\r\nid,name\r\nsa',
      { type: 'multipart/form-data; boundary=b' },
    );
    expect(cut.status).toBe(400);
    expect(await cut.json()).toMatchObject({ code: 'input_unreadable' });
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });

  it('needs the admin role', async () => {
    for (const [as, status] of [
      ['none', 401],
      ['viewer', 403],
      ['analyst', 403],
    ] as const) {
      const res = await postJson(TINY_JSON, { as });
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ code: status === 401 ? 'unauthorized' : 'forbidden' });
    }
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });
});

describe('import limits', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp(db, { importTempDir: tempDir, importLimitBytes: 2048 });
  });
  afterAll(async () => small?.close());

  it('answers 413 past the size limit, declared or streamed, and writes nothing', async () => {
    await importData(db, readImportSource(path.join(FIXTURES, 'tiny.json')));
    const before = await graphFingerprint(db);
    const declared = await postJson(TINY_JSON, { target: small });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ code: 'payload_too_large' });
    const streamed = await small.call('/api/import', {
      as: 'admin',
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: chunked([
        '--b\r\nContent-Disposition: form-data; name="units.csv"; filename="units.csv"\r\n\r\n',
        ...Array.from({ length: 64 }, () => 'x'.repeat(100)),
      ]),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await graphFingerprint(db)).toEqual(before);
    expect((await postJson('{"format": 1}', { target: small })).status).toBe(200); // the app goes on
  });

  it('runs one import at a time: 409 while another is receiving', async () => {
    const first = slowUpload();
    await until(() => fs.readdirSync(tempDir).length > 0);
    const second = await postJson(TINY_JSON);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ code: 'import_busy' });
    first.finish();
    expect((await first.response).status).toBe(200);
    expect((await postJson(TINY_JSON)).status).toBe(200); // free again
  });
});

it('cleans up and frees the import when the client goes away mid-upload', async () => {
  const abort = new AbortController();
  const upload = slowUpload(abort.signal);
  await until(() => fs.readdirSync(tempDir).length > 0);
  abort.abort();
  await expect(upload.response).rejects.toThrow();
  await until(() => fs.readdirSync(tempDir).length === 0);
  expect((await postJson(TINY_JSON)).status).toBe(200);
});

/** A JSON upload whose first 100 bytes are sent at once and the rest only on finish(). */
function slowUpload(signal?: AbortSignal) {
  const encoder = new TextEncoder();
  let finish: () => void = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(TINY_JSON.slice(0, 100)));
      finish = () => {
        controller.enqueue(encoder.encode(TINY_JSON.slice(100)));
        controller.close();
      };
    },
  });
  const response = app.call('/api/import', {
    as: 'admin',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
    signal,
  } as RequestInit);
  return { response, finish: () => finish() };
}

function chunked(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = parts.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
}
