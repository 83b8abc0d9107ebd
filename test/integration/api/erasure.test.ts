/**
 * Erasure and retention (SECURITY 21) on the tiny org. Ana Lima gave two pieces of feedback and took part in
 * e-3 with Dora and Chen, and named Chen in two survey answers (test/fixtures/survey): forgetting her removes
 * her, her memberships, her feedback and her survey answers, and keeps e-3 (it still joins two people).
 * Afterwards no answer, cached or new, no export and no log line holds her id or name.
 * Retention before October removes e-1 and e-2 (September) and keeps e-3.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { dropBefore } from '../../../server/import/erasure.ts';
import { importData, readImportSource } from '../../../server/import/importer.ts';
import { createLogger } from '../../../server/log.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type TestApp } from './appHarness.ts';
import { seedTiny } from './seed.ts';

let db: Database;
let app: TestApp;
let logged = '';
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedTiny(db);
  const survey = await importData(db, readImportSource(SURVEY));
  if (survey.status !== 'imported') throw new Error(`the survey fixture did not import: ${survey.status}`);
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logged += chunk.toString()));
  app = await startTestApp(db, { log: createLogger('info', stream) });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const SURVEY = new URL('../../fixtures/survey/survey.json', import.meta.url).pathname;
const ANA = ['p-ana', 'Ana Lima'];
const PERSON_LEVEL = [
  '/api/graph?level=person',
  '/api/graph?level=person&network=survey',
  '/api/centrality?level=person',
  '/api/brokers',
  '/api/micro?level=dyad',
  '/api/export/nodes.csv?level=person',
  '/api/export/graph.graphml?level=person',
];

/** Every GET route without required parameters, and the person-level answers, as an admin. */
async function everyAnswer(): Promise<Array<[string, string]>> {
  const doc = (await (await app.call('/api/openapi.json')).json()) as {
    paths: Record<string, { get?: { parameters?: Array<{ required: boolean }> } }>;
  };
  const plain = Object.entries(doc.paths)
    .filter(
      ([path, { get }]) => get && !path.includes('{') && !(get.parameters ?? []).some((p) => p.required),
    )
    .map(([path]) => path);
  const answers: Array<[string, string]> = [];
  for (const path of [...plain, ...PERSON_LEVEL]) {
    const res = await app.call(path, { as: 'admin' });
    expect(res.status, path).toBeLessThan(500);
    answers.push([path, await res.text()]);
  }
  return answers;
}

async function countWhere(query: string): Promise<number> {
  const res = await app.call('/api/cypher', { as: 'analyst', json: { query } });
  return ((await res.json()) as { rows: number[][] }).rows[0]![0]!;
}

describe('forgetting a person', () => {
  it('is for admins only, and a missing person is a 404 that does not repeat the id', async () => {
    expect((await app.call('/api/people/p-ana', { as: 'analyst', method: 'DELETE' })).status).toBe(403);
    const missing = await app.call('/api/people/p-nobody-here', { as: 'admin', method: 'DELETE' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('p-nobody-here');
  });

  it('removes the person everywhere: graph, answers cached before, exports and logs', async () => {
    const introduced = await app.call('/api/actions', {
      as: 'analyst',
      json: {
        kind: 'introduction',
        metric: 'isolation',
        units: ['sales', 'it'],
        people: ['p-ana', 'p-chen'],
        takenAt: '2026-09-20',
        note: 'Ana Lima (p-ana) agreed to meet Chen',
      },
    });
    expect(introduced.status, await introduced.clone().text()).toBe(200);
    const before = await everyAnswer();
    expect(before.some(([, body]) => body.includes('Ana Lima'))).toBe(true); // the answers are cached now
    const res = await app.call('/api/people/p-ana', { as: 'admin', method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ forgotten: true, feedback: 2, engagements: 0, surveyTies: 2 });

    expect(await countWhere("MATCH (p:Person {id: 'p-ana'}) RETURN count(p)")).toBe(0);
    expect(await countWhere('MATCH (f:Feedback) RETURN count(f)')).toBe(0);
    expect(await countWhere('MATCH ()-[s:SAYS]->() RETURN count(s)')).toBe(3); // the others' answers stay
    expect(await countWhere("MATCH (e:Engagement {id: 'e-3'})<-[:PARTICIPATED]-(p) RETURN count(p)")).toBe(2);
    for (const [path, body] of await everyAnswer()) {
      for (const text of ANA) expect(body.includes(text), `${path} still shows ${text}`).toBe(false);
    }
    for (const text of ANA) expect(logged).not.toContain(text);
    // the action stays, with the rest of what it concerned, and says someone was forgotten
    const [action] = (
      (await (await app.call('/api/actions', { as: 'analyst' })).json()) as {
        actions: Array<{ people: Array<{ id: string }>; forgottenPeople: number; note: string }>;
      }
    ).actions;
    expect(action).toMatchObject({ people: [{ id: 'p-chen' }], forgottenPeople: 1 });
    expect(action!.note).toBe('someone forgotten (someone forgotten) agreed to meet Chen');
  });
});

describe('retention', () => {
  it('drops engagements before the cut-off, bumps the data version once, and is idempotent', async () => {
    const version = async () => Number((await (await app.call('/api/stats')).json()).dataVersion);
    const was = await version();
    expect(await dropBefore(db, new Date('2026-10-01T00:00:00Z'))).toEqual({ engagements: 2, feedback: 0 });
    expect(await countWhere('MATCH (e:Engagement) RETURN count(e)')).toBe(1);
    expect(await version()).toBe(was + 1);
    expect(await dropBefore(db, new Date('2026-10-01T00:00:00Z'))).toEqual({ engagements: 0, feedback: 0 });
    expect(await version()).toBe(was + 1);
  });
});
