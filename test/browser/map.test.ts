/**
 * The network map in headless Chromium against the real endpoint and the `s` demo org in Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';
import { mapSettled, screenshot, startExplorer, type Explorer } from './support/explorer.ts';

let db: Database;
let explorer: Explorer;

beforeAll(async () => {
  db = await connectTestDatabase();
  await importDemoOrg(db, 's', 42);
  explorer = await startExplorer(db);
});
afterAll(async () => {
  await explorer?.close();
  await db?.close();
});

async function apiGraph(query: string): Promise<GraphAnswer> {
  const response = await explorer.app.call(`/api/graph?${query}`, { as: 'analyst' });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphAnswer;
}

describe('network map', () => {
  it('draws the demo org at unit level', async () => {
    const { page, problems } = await explorer.open('analyst');
    await mapSettled(page);
    const answer = await apiGraph('level=unit&window=90d&limit=20000');
    const summary = await page.textContent('.map-status .summary');
    expect(summary).toContain(`${answer.nodes.length} units, ${answer.edges.length} ties`);
    await screenshot(page, 'map-unit');
    expect(problems).toEqual([]);
  });

  it('draws the demo org at person level', async () => {
    const { page, problems } = await explorer.open('analyst', '#/map?level=person');
    await mapSettled(page);
    await screenshot(page, 'map-person');
    expect(problems).toEqual([]);
  });
});
