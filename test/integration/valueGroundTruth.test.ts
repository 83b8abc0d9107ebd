/**
 * The demo org's planted leaking relationship (seed/value.ts, ground truth `leakingRelationship`) shows the
 * largest value leakage in the relationships answer of the default window, for sizes s (seeds 1, 2, 3) and m
 * (seed 1), imported through the normal importer; and the digest of its department's BRM lists it first among
 * the relationships leaking value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine, type WindowAnalytics } from '../../server/analytics/engine.ts';
import type { Database } from '../../server/db/database.ts';
import { relationshipsQuery } from '../../server/schema/relationships.ts';
import { valueLines } from '../../server/views/digest/valueLines.ts';
import { unitNamer } from '../../server/views/nodeFlags.ts';
import { relationshipsView } from '../../server/views/relationshipsView.ts';
import type { GeneratedOrg } from '../../seed/generate.ts';
import { connectTestDatabase } from '../support/db.ts';
import { importDemoOrg } from '../support/demoOrg.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

const analyst = { role: 'analyst' as const, privacy: { minGroupSize: 5 } };

describe.each([
  ['s', 1],
  ['s', 2],
  ['s', 3],
  ['m', 1],
] as const)('the planted leaking relationship of %s seed %i', (size, seed) => {
  let org: GeneratedOrg;
  let engine: AnalyticsEngine;
  let analytics: WindowAnalytics;

  beforeAll(async () => {
    org = await importDemoOrg(db, size, seed);
    engine = new AnalyticsEngine(db);
    analytics = await engine.forWindow('90d');
  });
  afterAll(async () => engine?.close());

  it('shows the largest leakage of every relationship in the relationships answer', () => {
    const { providerId, departmentId } = org.groundTruth.leakingRelationship;
    const { relationships } = relationshipsView(analytics, relationshipsQuery.parse({}), analyst);
    const withValue = relationships.filter((r) => r.value !== null && r.value.share !== null);
    expect(withValue.length).toBeGreaterThan(3);
    const [largest, next] = [...withValue].sort((a, b) => b.value!.share! - a.value!.share!);
    expect([largest!.providerId, largest!.departmentId]).toEqual([providerId, departmentId]);
    expect(largest!.value!.share!).toBeGreaterThan(0.5);
    expect(next!.value!.share!).toBeLessThan(largest!.value!.share! - 0.2);
    expect(largest!.value!.text).toMatch(/^€\d.* planned, €.* due, €.* realised — \d+ % leaking$/);
  });

  it("is the first value line of its department's BRM's digest", () => {
    const { providerId, departmentId } = org.groundTruth.leakingRelationship;
    const brm = org.bundle.brmAssignments.find((b) => b.departmentId === departmentId); // the generator prefers one
    expect(brm).toBeDefined();
    const served = new Set(
      org.bundle.brmAssignments.filter((b) => b.personId === brm!.personId).map((b) => b.departmentId),
    );
    const lines = valueLines({
      current: analytics,
      previous: analytics,
      served,
      name: unitNamer(analytics.graphs),
    });
    expect(lines[0]?.units).toEqual([providerId, departmentId]);
    expect(lines[0]?.text).toMatch(/leaking/);
  });
});
