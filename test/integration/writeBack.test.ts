/** Metrics written back to Neo4j read back equal to the computed ones, under `<metric>_<window>` names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../server/analytics/engine.ts';
import { writeBackAnalytics } from '../../server/analytics/writeBackAnalytics.ts';
import type { Database } from '../../server/db/database.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await importDemoOrg(db, 's', 3);
});
afterAll(async () => db?.close());

async function propertyOf(label: 'Person' | 'Unit', property: string): Promise<Map<string, unknown>> {
  const session = db.session('READ');
  try {
    const result = await session.run(`MATCH (n:${label}) RETURN n.id AS id, n[$property] AS value`, {
      property,
    });
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('value') as unknown]));
  } finally {
    await session.close();
  }
}

describe('write-back', () => {
  it('writes every metric of people and units as <metric>_<window> properties', async () => {
    const engine = new AnalyticsEngine(db);
    const analytics = await engine.forWindow('90d');
    const written = await writeBackAnalytics(db, analytics);
    expect(written.people).toBe(analytics.graphs.persons.order);
    expect(written.units).toBe(analytics.graphs.units.order);
    const betweenness = await propertyOf('Person', 'betweenness_90d');
    for (const [id, value] of Object.entries(analytics.people.betweenness!))
      expect(betweenness.get(id), id).toBeCloseTo(value, 12);
    const pagerank = await propertyOf('Unit', 'pagerank_90d');
    for (const [id, value] of Object.entries(analytics.units.pagerank!))
      expect(pagerank.get(id), id).toBeCloseTo(value, 12);
  });

  it('leaves the data version alone, so the cached analytics stay valid', async () => {
    const engine = new AnalyticsEngine(db);
    const first = await engine.forWindow('30d');
    await writeBackAnalytics(db, first);
    expect(await engine.forWindow('30d')).toBe(first);
  });
});
