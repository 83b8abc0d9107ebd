/** POST /api/import with calendars (a text/calendar body, .ics parts beside CSV parts) and mapped CSV exports. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { clearGraph, connectTestDatabase, graphFingerprint } from '../support/db.ts';
import { startTestApp, type TestApp } from './api/appHarness.ts';

const CALENDARS = fileURLToPath(new URL('../fixtures/calendar/', import.meta.url));
const ORG = path.join(CALENDARS, 'org');
const MAPPED = fileURLToPath(new URL('../fixtures/mapped/', import.meta.url));

let db: Database;
let app: TestApp;
let tempDir: string;
beforeAll(async () => {
  db = await connectTestDatabase();
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-calendar-http-'));
  app = await startTestApp(db, { importTempDir: tempDir });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});
beforeEach(async () => clearGraph(db));

function orgWith(...calendars: string[]): FormData {
  const form = new FormData();
  for (const file of fs.readdirSync(ORG))
    form.append(file, new Blob([fs.readFileSync(path.join(ORG, file))], { type: 'text/csv' }), file);
  for (const file of calendars)
    form.append('calendar', new Blob([fs.readFileSync(path.join(CALENDARS, file))]), path.basename(file));
  return form;
}

const post = (body: BodyInit, query = '', type?: string) =>
  app.call(`/api/import${query}`, {
    as: 'admin',
    method: 'POST',
    body,
    headers: type ? { 'content-type': type } : undefined,
  });

describe('POST /api/import with calendars', () => {
  it('imports .ics parts beside the CSV parts, counting what it skipped', async () => {
    const res = await post(orgWith('outlook.ics', 'google.ics'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { steps: Record<string, { created: number }>; skipped: unknown };
    expect(body.steps.engagements!.created).toBe(20);
    expect(body.skipped).toEqual({ cancelled: 1, allDay: 1, fewParticipants: 1 });
  });

  it('imports a text/calendar body into people imported before, and again without change', async () => {
    await post(orgWith());
    const calendar = fs.readFileSync(path.join(CALENDARS, 'google.ics'));
    const dry = await post(calendar, '?dryRun=true&maxAttendees=3', 'text/calendar');
    expect(await dry.json()).toMatchObject({ dryRun: true, rows: 18, skipped: { tooManyAttendees: 1 } });
    const first = await post(calendar, '', 'text/calendar');
    expect(await first.json()).toMatchObject({ changed: true, steps: { engagements: { created: 7 } } });
    const before = await graphFingerprint(db);
    const again = await post(calendar, '', 'text/calendar');
    expect(await again.json()).toMatchObject({ changed: false });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('answers 422 with file and line for a malformed calendar, nothing written', async () => {
    const res = await post(orgWith('bad/unterminated.ics'));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<Record<string, unknown>> };
    expect(problem.errors).toEqual([
      expect.objectContaining({ file: 'unterminated.ics', line: 8, code: 'invalid_calendar' }),
    ]);
    expect((await graphFingerprint(db)).nodes).toBe(0);
  });

  it('imports a CSV export with its mapping as two parts, and refuses a mapping naming a missing column', async () => {
    await post(orgWith());
    const mapped = (mapping: string) => {
      const form = new FormData();
      form.append('mapping.json', new Blob([fs.readFileSync(MAPPED + mapping)]), 'mapping.json');
      const csv = fs.readFileSync(MAPPED + 'servicenow-incidents.csv');
      form.append('export', new Blob([csv], { type: 'text/csv' }), 'incidents.csv');
      return form;
    };
    const res = await post(mapped('servicenow-incidents.mapping.json'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      steps: { engagements: { created: 4 } },
      skipped: { noCounterpart: 1 },
    });
    const before = await graphFingerprint(db);
    const bad = await post(mapped('missing-column.mapping.json'));
    expect(bad.status).toBe(422);
    const problem = (await bad.json()) as { errors: Array<Record<string, unknown>> };
    expect(problem.errors).toEqual([
      expect.objectContaining({ file: 'export.csv', line: 1, field: 'closed_at' }),
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
