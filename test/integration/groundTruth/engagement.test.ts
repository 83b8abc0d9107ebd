/**
 * The engagement metrics find the patterns the demo-org generator planted (seed/groundTruth.ts), on the real
 * Neo4j, for sizes s (seeds 1, 2, 3) and m (seeds 1, 5), in the default window (90 days ending at the newest
 * engagement). Maturity reads its own half-year of behaviour inside that (maturity/config.ts: behaviourPeriods),
 * and the macro stage's growth looks back over trailing periods, as their rules say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { writeBundle } from '../../../server/import/writeBundle.ts';
import {
  engagementMetrics,
  loadEngagementInputs,
  type EngagementMetrics,
} from '../../../server/analytics/engagement.ts';
import { findRelationship } from '../../../server/analytics/macro/index.ts';
import { newestEngagement } from '../../../server/analytics/projection/loadGraphs.ts';
import { resolveWindow } from '../../../server/analytics/window.ts';
import { generateOrg, type GroundTruth } from '../../../seed/generate.ts';
import { clearGraph, connectTestDatabase } from '../../support/db.ts';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db?.close());

const same =
  (pair: { providerId: string; departmentId: string }) => (r: { providerId: string; departmentId: string }) =>
    r.providerId === pair.providerId && r.departmentId === pair.departmentId;

describe.each([
  ['s', 1],
  ['s', 2],
  ['s', 3],
  ['m', 1],
  ['m', 5],
] as const)('engagement ground truth of %s seed %i', (size, seed) => {
  let truth: GroundTruth;
  let metrics: EngagementMetrics;

  beforeAll(async () => {
    const generated = generateOrg({ size, seed });
    truth = generated.groundTruth;
    await clearGraph(db);
    await writeBundle(db, generated.bundle);
    const window = resolveWindow('90d', await newestEngagement(db));
    metrics = engagementMetrics(await loadEngagementInputs(db, window), window);
  });

  it('calls the growing relationship growing and the declining one declining', () => {
    const { growingRelationship: growing, decliningRelationship: declining } = truth;
    const grows = findRelationship(metrics.macro, growing.providerId, growing.departmentId)!;
    const declines = findRelationship(metrics.macro, declining.providerId, declining.departmentId)!;
    expect(grows.stage.stage, grows.stage.because).toBe('growing');
    expect(declines.stage.stage, declines.stage.because).toBe('declining');
  });

  it('gives the promise-breaking provider the lowest trust of all providers', () => {
    const providers = new Set(metrics.maturity.relationships.map((r) => r.providerId));
    const ranked = metrics.trust.units.filter((u) => providers.has(u.unit)).sort((a, b) => a.value - b.value);
    expect(ranked[0]!.unit).toBe(truth.promiseBreakingProvider);
    expect(ranked[0]!.evidence).toBeGreaterThan(10);
    expect(ranked[0]!.promiseTrust.value).toBeLessThan(0.5);
  });

  it('indicates the lowest maturity for the order taker and the highest for the strategic partner', () => {
    const rated = metrics.maturity.relationships.filter((r) => r.indicated.score !== null);
    const ranked = [...rated].sort((a, b) => a.indicated.score! - b.indicated.score!);
    const orderTaker = ranked.find(same(truth.orderTakerRelationship))!;
    const partner = ranked.find(same(truth.strategicPartnerRelationship))!;
    expect(ranked[0]).toBe(orderTaker);
    expect(ranked[1]!.indicated.score!).toBeGreaterThan(orderTaker.indicated.score!);
    expect(orderTaker.indicated.level).toBe(2);
    expect(orderTaker.indicated.holdingBack.map((i) => i.id)).toEqual(
      expect.arrayContaining(['notOneWay', 'notReactive']),
    );
    expect(ranked.at(-1)).toBe(partner);
    expect(partner.indicated.level).toBe(5);
    expect(ranked.at(-2)!.indicated.score!).toBeLessThan(5);
  });

  it('keeps the assessed views beside the indicated level, with the gaps', () => {
    const orderTaker = metrics.maturity.relationships.find(same(truth.orderTakerRelationship))!;
    expect(orderTaker.assessed.business.answers).toBeGreaterThan(0);
    expect(orderTaker.assessed.provider.answers).toBeGreaterThan(0);
    expect(orderTaker.gaps.targetVsAssessed!).toBeGreaterThan(1.5); // target 4, assessed about 1.5
  });
});
