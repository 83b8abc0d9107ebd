/** Metrics written back to Neo4j read back equal to the computed ones, under `<metric>_<window>` names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../server/analytics/engine.ts';
import { relationshipOverviews } from '../../server/analytics/suite/relationshipOverviews.ts';
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
      expect(betweenness.get(id), id).toBeCloseTo(value!, 12);
    const pagerank = await propertyOf('Unit', 'pagerank_90d');
    for (const [id, value] of Object.entries(analytics.units.pagerank!))
      expect(pagerank.get(id), id).toBeCloseTo(value!, 12);
  });

  it('writes maturity, trust and stage onto every SERVES relationship', async () => {
    const analytics = await new AnalyticsEngine(db).forWindow('90d');
    const written = await writeBackAnalytics(db, analytics);
    const session = db.session('READ');
    const rows = await session
      .run(
        `MATCH (p:Provider)-[s:SERVES]->(d:Department)
         RETURN p.id AS provider, d.id AS department, s.stage_90d AS stage, s.trust_90d AS trust,
                s.maturity_indicated_90d AS indicated`,
      )
      .finally(() => session.close());
    expect(written.serves).toBe(rows.records.length);
    const overviews = relationshipOverviews(analytics.engagement);
    for (const record of rows.records) {
      const overview = overviews.find(
        (o) =>
          o.maturity.providerId === record.get('provider') &&
          o.maturity.departmentId === record.get('department'),
      )!;
      expect(record.get('stage')).toBe(overview.macro?.stage.stage ?? null);
      expect(record.get('trust')).toBe(overview.trust?.value ?? null);
      const indicated = record.get('indicated') as { toNumber(): number } | null;
      expect(indicated === null ? null : Number(indicated)).toBe(overview.maturity.indicated.level);
    }
  });

  it('leaves the data version alone, so the cached analytics stay valid', async () => {
    const engine = new AnalyticsEngine(db);
    const first = await engine.forWindow('30d');
    await writeBackAnalytics(db, first);
    expect(await engine.forWindow('30d')).toBe(first);
  });
});
