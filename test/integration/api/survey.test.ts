/**
 * The survey network over HTTP (issue 13 item 4) on the tiny org with its survey (test/fixtures/survey): Ana,
 * Ben and Eve name Chen for advice, Chen names Eve. `network=survey` answers from those answers alone and says
 * so; the default stays the engagements, and neither answer holds a tie of the other network.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { importData, readImportSource } from '../../../server/import/importer.ts';
import type { GraphAnswer } from '../../../server/schema/graph.ts';
import type { SilosAnswer } from '../../../server/schema/silos.ts';
import { connectTestDatabase } from '../../support/db.ts';
import { startTestApp, type TestApp } from './appHarness.ts';
import { seedTiny } from './seed.ts';

const SURVEY = fileURLToPath(new URL('../../fixtures/survey/survey.json', import.meta.url));
/** Both the survey (May) and the tiny org's engagements (September, October). */
const YEAR = 'from=2026-01-01&to=2027-01-01';

let db: Database;
let app: TestApp;
let floored: TestApp;
beforeAll(async () => {
  db = await connectTestDatabase();
  await seedTiny(db);
  const outcome = await importData(db, readImportSource(SURVEY));
  if (outcome.status !== 'imported') throw new Error(`the survey did not import: ${outcome.status}`);
  app = await startTestApp(db, { privacy: { minGroupSize: 1 } });
  floored = await startTestApp(db, { privacy: { minGroupSize: 3 } });
});
afterAll(async () => {
  await app?.close();
  await floored?.close();
  await db?.close();
});

async function graph(query: string, on = app, as: 'viewer' | 'analyst' = 'analyst'): Promise<GraphAnswer> {
  const res = await on.call(`/api/graph?${query}`, { as });
  expect(res.status, query).toBe(200);
  return (await res.json()) as GraphAnswer;
}

const pairs = (answer: GraphAnswer) => answer.edges.map((e) => [e.source, e.target].sort().join('–')).sort();

describe('network=survey', () => {
  it('draws the person graph of the answers in the window, the most named first, and says which it is', async () => {
    const said = await graph(`level=person&network=survey&${YEAR}`);
    expect(said.network).toBe('survey');
    expect(pairs(said)).toEqual(['p-ana–p-chen', 'p-ben–p-chen', 'p-chen–p-eve']);
    const chenEve = said.edges.find((e) => pairs({ ...said, edges: [e] })[0] === 'p-chen–p-eve')!;
    expect([chenEve.weight, chenEve.engagements]).toEqual([1.5, 2]); // both directions: 1 + 0.5
    expect(said.nodes[0]!.id).toBe('p-chen'); // 3 + 1 + 1.5 (Ana's two answers) = the strongest
    const done = await graph(`level=person&${YEAR}`);
    expect(done.network).toBe('behaviour');
    expect(pairs(done)).not.toEqual(pairs(said));
    expect(pairs(done)).not.toContain('p-chen–p-eve'); // Eve only exists in the survey
  });

  it('finds nothing outside the survey window', async () => {
    const later = await graph('level=person&network=survey&from=2026-06-01&to=2027-01-01');
    expect(later.edges).toEqual([]);
  });

  it('finds the silos of the survey network, and says which network', async () => {
    const res = await app.call(`/api/silos?network=survey&${YEAR}`, { as: 'viewer' });
    expect(res.status).toBe(200);
    const silos = (await res.json()) as SilosAnswer;
    expect(silos.network).toBe('survey');
    const sales = silos.units.find((u) => u.id === 'sales')!;
    expect(sales.reachedUnits).toEqual(['it']); // Ana and Ben name Chen (IT); no engagement counted
  });

  it('keeps the privacy floor: a viewer sees the same units of either network', async () => {
    const said = await graph(`level=unit&network=survey&${YEAR}`, floored, 'viewer');
    const done = await graph(`level=unit&${YEAR}`, floored, 'viewer');
    expect(said.privacy.suppressedUnits).toBeGreaterThan(0);
    expect(said.privacy.suppressedUnits).toBe(done.privacy.suppressedUnits);
    expect(said.nodes.map((n) => n.id).sort()).toEqual(done.nodes.map((n) => n.id).sort());
    expect((await floored.call('/api/graph?level=person&network=survey', { as: 'viewer' })).status).toBe(403);
  });

  it('exports the survey network under a name that says so', async () => {
    const res = await app.call(`/api/export/edges.csv?level=person&network=survey&${YEAR}`, {
      as: 'analyst',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="?trellis-survey-person-edges-/);
    const rows = (await res.text()).trim().split('\n').slice(1);
    const exported = rows.map((row) => row.split(',').slice(0, 2).sort().join('–')).sort();
    expect(exported).toEqual(['p-ana–p-chen', 'p-ben–p-chen', 'p-chen–p-eve']);
  });

  it('refuses an unknown network by name', async () => {
    const res = await app.call('/api/graph?network=gossip', { as: 'viewer' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('network');
  });
});
